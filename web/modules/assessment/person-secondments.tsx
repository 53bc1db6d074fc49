/**
 * The one-person file's section of front-line secondments (基层一线实践锻炼, seed 002) with the street's
 * rating, and special assessments (专项考察, seed 001): the same as the printed file carries.
 */
import { Table, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import type { Res } from '../../app/client.ts';

type Record = NonNullable<Res<'get', '/api/assessment/pq/people/{personId}'>['secondments']>;

const RATING_COLOUR: { [k: string]: string } = {
  excellent: 'green',
  competent: 'blue',
  basic: 'orange',
  incompetent: 'red',
};

/** The two tables; nothing when the cadre has neither (or no secondments module is wired). */
export function SecondmentsSection(props: { record: Record | null | undefined }) {
  const t = useT();
  const r = props.record;
  if (!r || (!r.secondments.length && !r.specials.length)) return null;
  const mark = (m: string | null) => (m ? t(`assessment.sec.mark.${m}`) : '—');
  return (
    <div data-testid="pq-secondments">
      {r.secondments.length > 0 && (
        <>
          <Typography.Title level={5}>{t('assessment.sec.title')}</Typography.Title>
          <Table
            size="small"
            rowKey={(s) => `${s.batch}-${s.startsOn}`}
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.secondments}
            columns={[
              { title: t('assessment.sec.period'), render: (_: unknown, s) => `${s.startsOn} ~ ${s.endsOn}` },
              { title: t('assessment.sec.batch'), dataIndex: 'batch' },
              { title: t('assessment.sec.street'), dataIndex: 'street' },
              { title: t('assessment.sec.work'), dataIndex: 'workKind' },
              {
                title: t('assessment.sec.rating'),
                dataIndex: 'rating',
                render: (v: string | null) =>
                  v ? (
                    <Tag color={RATING_COLOUR[v]} data-testid="pq-secondment-rating">
                      {t(`assessment.sec.rating.${v}`)}
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary">{t('assessment.sec.unrated')}</Typography.Text>
                  ),
              },
              { title: t('assessment.sec.comment'), dataIndex: 'comment' },
            ]}
          />
        </>
      )}
      {r.specials.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('assessment.sec.specials')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(x) => `${x.topic}-${x.startsOn}`}
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.specials}
            columns={[
              { title: t('assessment.sec.period'), render: (_: unknown, x) => `${x.startsOn} ~ ${x.endsOn}` },
              { title: t('assessment.sec.topic'), dataIndex: 'topic' },
              {
                title: t('assessment.sec.marks'),
                render: (_: unknown, x) =>
                  [x.attitude, x.responsibility, x.role, x.results].map(mark).join(' / '),
              },
              {
                title: t('assessment.sec.outcome'),
                dataIndex: 'outcome',
                render: (v: string | null) => (v ? t(`assessment.sec.outcome.${v}`) : '—'),
              },
              { title: t('assessment.sec.comment'), dataIndex: 'comment' },
            ]}
          />
        </>
      )}
    </div>
  );
}
