/**
 * Booking counselling at phone width (seed 003: 心理咨询室 in every 一类社康中心): pick a counsellor,
 * a day and a free slot, say what it is about, book (with an Idempotency-Key, so a retry on a weak
 * signal books once); my bookings below, cancellable until they start.
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, List, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { book, cancelBooking, listPoints, listSlots, myBookings, TOPICS } from './psych.api.ts';
import { slotText } from './psych.shared.tsx';

/** The resident's booking page. */
export function BookPage() {
  const t = useT();
  useDocumentTitle(t('ps.book'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const points = useQuery({ queryKey: ['psych', 'points'], queryFn: () => listPoints() });
  const mine = useQuery({ queryKey: ['psych', 'mine'], queryFn: myBookings });
  const [counsellor, setCounsellor] = useState<string>();
  const [date, setDate] = useState(dayjs().add(1, 'day').format('YYYY-MM-DD'));
  const [topic, setTopic] = useState<(typeof TOPICS)[number]>('emotion');
  const slots = useQuery({
    queryKey: ['psych', 'slots', counsellor, date],
    queryFn: () => listSlots(counsellor!, date),
    enabled: !!counsellor,
  });
  const options = (points.data?.items ?? []).flatMap((p) =>
    p.counsellors.map((c) => ({ value: c.id, label: `${p.name} · ${c.name}` })),
  );
  const take = async (startsAt: string) => {
    try {
      await book({ counsellorId: counsellor!, startsAt, topic }, idem.get());
      idem.done();
      message.success(t('ps.booked'));
      await qc.invalidateQueries({ queryKey: ['psych'] });
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.book')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('ps.book.hint')}</Typography.Text>
      <Select
        aria-label={t('ps.pickCounsellor')}
        placeholder={t('ps.pickCounsellor')}
        data-testid="ps-counsellor"
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        value={counsellor}
        onChange={setCounsellor}
        style={{ width: '100%' }}
      />
      <Space wrap>
        <DatePicker
          aria-label={t('ps.date')}
          value={dayjs(date)}
          allowClear={false}
          disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(30, 'day'))}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        <Select
          aria-label={t('ps.topic')}
          value={topic}
          onChange={setTopic}
          style={{ minWidth: 140 }}
          options={TOPICS.map((x) => ({ value: x, label: t(`psych.topic.${x}`) }))}
        />
      </Space>
      {counsellor && (
        <Card size="small" title={t('ps.slots')}>
          <Space wrap data-testid="ps-slots">
            {(slots.data ?? []).map((s) => (
              <Button key={s.startsAt} disabled={!s.free} onClick={() => take(s.startsAt)}>
                {slotText(s.startsAt).slice(6)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Typography.Title level={4}>{t('ps.mine')}</Typography.Title>
      {(mine.data ?? []).length === 0 ? (
        <Empty description={t('ps.empty')} />
      ) : (
        <List
          data-testid="ps-mine"
          dataSource={mine.data}
          renderItem={(b) => (
            <List.Item
              actions={
                b.state === 'booked' && Date.parse(b.startsAt) > Date.now()
                  ? [
                      <Button
                        key="c"
                        size="small"
                        onClick={async () => {
                          await cancelBooking(b.id, b.version).catch(reportError);
                          await qc.invalidateQueries({ queryKey: ['psych'] });
                        }}
                      >
                        {t('ps.cancel')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={0}>
                <span>
                  {slotText(b.startsAt)} · {b.pointName} · {b.counsellorName}
                </span>
                <span>
                  <Tag>{t(`psych.topic.${b.topic}`)}</Tag>
                  <Tag color={b.state === 'booked' ? 'blue' : b.state === 'done' ? 'green' : 'default'}>
                    {t(`ps.state.${b.state}`)}
                  </Tag>
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
