/** A cadre's own page (phone-friendly): their incentives, the rest they may book, and their rest periods. */
import { useState } from 'react';
import { App, Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { bookRest, getMine, moveRest, type Mine } from './incentives.api.ts';
import { StateTag } from './incentives.shared.tsx';

type BookValues = { startsOn: string; endsOn: string; note?: string };

/** The cadre's page. */
export function MinePage() {
  const t = useT();
  useDocumentTitle(t('inc.mine'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [booking, setBooking] = useState<Mine['entitlements'][number] | null>(null);
  const q = useQuery({ queryKey: ['incentives', 'mine'], queryFn: getMine });
  const m = q.data;
  if (!m) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['incentives'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={3}>{t('inc.mine')}</Typography.Title>
      <Card size="small" title={t('inc.entitlements')}>
        <List
          dataSource={m.entitlements}
          renderItem={(e) => (
            <List.Item
              actions={
                e.left > 0
                  ? [
                      <Button
                        key="book"
                        type="primary"
                        onClick={() => setBooking(e)}
                        data-testid={`inc-book-${e.grantId}`}
                      >
                        {t('inc.book')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={e.measureName}
                description={`${e.decisionNo ?? ''} · ${t('inc.left', { left: e.left, days: e.days })}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('inc.myRests')}>
        <List
          dataSource={m.rests}
          renderItem={(r) => (
            <List.Item
              actions={[
                ...(r.noticeNo
                  ? [
                      <Link key="n" to={`/incentives/rests/${r.id}/notice`}>
                        {r.noticeNo}
                      </Link>,
                    ]
                  : []),
                ...(r.actions.includes('cancel')
                  ? [
                      <Button
                        key="c"
                        size="small"
                        onClick={() =>
                          moveRest(r.id, { action: 'cancel', version: r.version })
                            .then(refresh)
                            .catch(reportError)
                        }
                      >
                        {t('inc.cancel')}
                      </Button>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {`${r.startsOn} — ${r.endsOn}（${r.days}）`}{' '}
                    <StateTag state={r.state} testId="inc-my-rest-state" />
                  </span>
                }
                description={r.measureName}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('inc.myGrants')}>
        <List
          dataSource={m.grants}
          renderItem={(g) => (
            <List.Item
              actions={
                g.decisionNo
                  ? [
                      <Link key="d" to={`/incentives/grants/${g.id}/decision`}>
                        {g.decisionNo}
                      </Link>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    {g.measureName} <StateTag state={g.state} />
                  </span>
                }
                description={`${t(`inc.a.${g.area}`)} · ${g.year} · ${g.reason}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {booking && (
        <FormModal<BookValues>
          open
          title={`${t('inc.book')} · ${booking.measureName}`}
          testId="inc-book-form"
          testIdOn="form"
          onClose={() => setBooking(null)}
          onSubmit={async (v) => {
            await bookRest(
              {
                grantId: booking.grantId,
                startsOn: v.startsOn,
                endsOn: v.endsOn,
                note: v.note ?? '',
              },
              idem.get(),
            );
            idem.done();
            message.success(t('inc.saved'));
            await refresh();
          }}
        >
          <Form.Item name="startsOn" label={t('inc.startsOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('inc.endsOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="note" label={t('inc.note')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
