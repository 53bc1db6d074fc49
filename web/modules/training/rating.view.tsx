/** A held class's rating: the mean and count, and stars for a trainee who attended (for the teachers' awards). */
import { App, Rate, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { classRating, rateClass } from './training.api.ts';

/** The rating of a class; stars to give when canRate. */
export function ClassRating(props: { classId: string; canRate: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['tr', 'rating', props.classId],
    queryFn: () => classRating(props.classId),
  });
  const r = q.data;
  if (!r) return null;
  return (
    <Space wrap>
      {r.mean !== null && (
        <Typography.Text type="secondary">{t('tr.rating', { mean: r.mean, count: r.count })}</Typography.Text>
      )}
      {props.canRate && (
        <>
          <Typography.Text>{t('tr.rate')}</Typography.Text>
          <Rate
            value={r.mine ?? 0}
            data-testid="tr-rate"
            onChange={(stars) =>
              rateClass(props.classId, stars).then(async () => {
                message.success(t('tr.rated'));
                await qc.invalidateQueries({ queryKey: ['tr', 'rating', props.classId] });
              }, reportError)
            }
          />
        </>
      )}
    </Space>
  );
}
