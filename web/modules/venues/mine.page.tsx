/**
 * My bookings, at phone width: the coming ones first, each with its state and what I may do
 * (cancel before the start, record the activity held); and the page the door's QR opens, which
 * checks me in to my booking there (with an Idempotency-Key, so a retry on a weak signal is safe).
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { checkIn, moveBooking, myBookings, type Booking } from './venues.api.ts';
import { venuesMessages } from './venues.messages.ts';

addMessages(venuesMessages);

const when = (b: Booking) => {
  const f = (s: string) => new Date(s).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return `${f(b.start).slice(0, -3)}–${f(b.end).slice(-8, -3)}`;
};
const COLOUR: Record<string, string> = {
  pending: 'orange',
  confirmed: 'blue',
  checked_in: 'cyan',
  held: 'green',
  no_show: 'red',
};

/** My bookings page. */
export function MyBookingsPage() {
  const t = useT();
  useDocumentTitle(t('vn.mine'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['venues', 'mine'], queryFn: myBookings });
  const now = Date.now();
  const rows = [...(q.data ?? [])].sort((a, b) => {
    const ua = Date.parse(a.end) > now ? 0 : 1;
    const ub = Date.parse(b.end) > now ? 0 : 1;
    return ua - ub || (ua === 0 ? a.start.localeCompare(b.start) : b.start.localeCompare(a.start));
  });
  const act = async (b: Booking, action: 'cancel' | 'record') => {
    const attendance = action === 'record' ? Number(window.prompt(t('vn.attendance')) ?? '') : undefined;
    await moveBooking(b.id, { action, version: b.version, attendance });
    message.success(t('vn.saved'));
    await qc.invalidateQueries({ queryKey: ['venues'] });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('vn.mine')}
      </Typography.Title>
      {rows.length === 0 && !q.isLoading ? (
        <Empty description={t('vn.mine.empty')} />
      ) : (
        <List
          data-testid="vn-mine"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          renderItem={(b) => (
            <List.Item>
              <Card
                size="small"
                style={{ width: '100%' }}
                title={b.title}
                extra={<Tag color={COLOUR[b.state]}>{t(`vn.state.${b.state}`)}</Tag>}
              >
                <Space orientation="vertical" size={2}>
                  <Link to={`/venues/${b.venueId}`}>
                    {b.venueName} · {b.roomName}
                  </Link>
                  <Typography.Text>{when(b)}</Typography.Text>
                  {b.attendance !== null && (
                    <Typography.Text type="secondary">
                      {t('vn.attended', { n: b.attendance })}
                    </Typography.Text>
                  )}
                  {b.note && <Typography.Text type="secondary">{b.note}</Typography.Text>}
                  <Space>
                    {b.actions.includes('cancel') && Date.parse(b.start) > now && (
                      <Button size="small" onClick={() => act(b, 'cancel')}>
                        {t('vn.action.cancel')}
                      </Button>
                    )}
                    {b.actions.includes('record') && (
                      <Button size="small" onClick={() => act(b, 'record')}>
                        {t('vn.action.record')}
                      </Button>
                    )}
                  </Space>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

/** The page the door's QR opens: checks me in to my booking at this venue now. */
export function CheckInPage() {
  const t = useT();
  useDocumentTitle(t('vn.checkin.title'));
  const { id } = useParams() as { id: string };
  const [params] = useSearchParams();
  const idem = useIdempotencyKey();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const sent = useRef(false);
  const send = async () => {
    try {
      const b = await checkIn(id, params.get('code') ?? '', idem.get());
      idem.done();
      setResult({
        ok: true,
        text: t('vn.checkin.done', { title: `${b.venueName} ${b.roomName} · ${b.title}` }),
      });
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void send();
  });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 480 }}>
      <Typography.Title level={3}>{t('vn.checkin.title')}</Typography.Title>
      {result && (
        <Alert type={result.ok ? 'success' : 'warning'} title={result.text} data-testid="vn-checkin" />
      )}
      {result && !result.ok && <Button onClick={send}>{t('vn.action.check_in')}</Button>}
      <Link to="/venues/mine">{t('vn.mine')}</Link>
    </Space>
  );
}
