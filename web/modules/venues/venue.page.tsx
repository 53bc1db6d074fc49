/**
 * One venue: its details and rooms, the rule it books under, a week calendar of its rooms' bookings
 * (managers approve, refuse, mark no-shows there), and the booking form; its managers see the text
 * of the QR code at the door, which checks a booker in.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { applyProblemToForm } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { book, getVenue, getWeek, moveBooking, type Booking, type Venue } from './venues.api.ts';
import { venuesMessages } from './venues.messages.ts';

addMessages(venuesMessages);

const hm = (s: string) =>
  new Date(s).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 5);
const dayOf = (s: string) => new Date(new Date(s).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const monday = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');
const STATE_COLOUR: Record<string, string> = {
  pending: 'orange',
  confirmed: 'blue',
  checked_in: 'cyan',
  held: 'green',
  no_show: 'red',
};

interface BookForm {
  roomId: string;
  day: Dayjs;
  start: string;
  end: string;
  title: string;
  expected: number;
  as?: Venue['can']['book'][number];
  orgName?: string;
}

function BookModal(props: { venue: Venue; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BookForm>();
  const idem = useIdempotencyKey();
  const [busy, setBusy] = useState(false);
  const as = Form.useWatch('as', form) ?? props.venue.can.book[0];
  const submit = async (v: BookForm) => {
    setBusy(true);
    try {
      const d = v.day.format('YYYY-MM-DD');
      const r = await book(
        {
          roomId: v.roomId,
          start: `${d}T${v.start}:00+08:00`,
          end: `${d}T${v.end}:00+08:00`,
          title: v.title,
          expected: v.expected,
          as: v.as ?? props.venue.can.book[0],
          orgName: v.orgName ?? '',
        },
        idem.get(),
      );
      idem.done();
      message.success(t(`vn.book.done.${r.state}`));
      props.onDone();
    } catch (e) {
      applyProblemToForm(form, e);
    } finally {
      setBusy(false);
    }
  };
  const times = Array.from(
    { length: 48 },
    (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  )
    .filter((x) => x >= props.venue.opensAt && x <= props.venue.closesAt)
    .map((x) => ({ value: x, label: x }));
  return (
    <Modal
      open
      title={t('vn.book.title')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('vn.book')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ roomId: props.venue.rooms[0]?.id, day: dayjs().add(1, 'day'), expected: 10 }}
        data-testid="vn-book-form"
      >
        <Form.Item name="roomId" label={t('vn.book.room')} rules={[{ required: true }]}>
          <Select
            data-testid="vn-book-room"
            options={props.venue.rooms
              .filter((r) => r.active)
              .map((r) => ({ value: r.id, label: `${r.name}（${t('vn.capacity', { n: r.capacity })}）` }))}
          />
        </Form.Item>
        <Form.Item name="day" label={t('vn.book.day')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="start" label={t('vn.book.start')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={times} data-testid="vn-book-start" />
          </Form.Item>
          <Form.Item name="end" label={t('vn.book.end')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={times} data-testid="vn-book-end" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('vn.book.what')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="expected" label={t('vn.book.expected')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
        {props.venue.can.book.length > 1 && (
          <Form.Item name="as" label={t('vn.book.as')}>
            <Select options={props.venue.can.book.map((b) => ({ value: b, label: t(`vn.as.${b}`) }))} />
          </Form.Item>
        )}
        {(as === 'party_member' || as === 'social_org') && (
          <Form.Item name="orgName" label={t('vn.book.org')} rules={[{ required: true, max: 60 }]}>
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The venue page. */
export function VenuePage() {
  const t = useT();
  const { id } = useParams() as { id: string };
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [from, setFrom] = useState(() => monday(dayjs()));
  const [booking, setBooking] = useState(false);
  const v = useQuery({ queryKey: ['venues', 'one', id], queryFn: () => getVenue(id) });
  const week = useQuery({
    queryKey: ['venues', 'week', id, from.format('YYYY-MM-DD')],
    queryFn: () => getWeek(id, from.format('YYYY-MM-DD')),
  });
  useDocumentTitle(v.data?.name ?? t('vn.title'));
  const venue = v.data;
  if (!venue) return null;
  const days = Array.from({ length: 7 }, (_, i) => from.add(i, 'day'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['venues'] });
  const act = async (b: Booking, action: Booking['actions'][number]) => {
    const note = action === 'reject' ? (window.prompt(t('vn.reason')) ?? '') : undefined;
    if (action === 'reject' && !note) return;
    const attendance = action === 'record' ? Number(window.prompt(t('vn.attendance')) ?? '') : undefined;
    await moveBooking(b.id, { action, version: b.version, note, attendance });
    message.success(t('vn.saved'));
    await refresh();
  };
  const cell = (roomId: string, d: Dayjs) =>
    (week.data ?? [])
      .filter((b) => b.roomId === roomId && dayOf(b.start) === d.format('YYYY-MM-DD'))
      .map((b) => (
        <div key={b.id} style={{ marginBottom: 4 }}>
          <Tag color={STATE_COLOUR[b.state]}>
            {hm(b.start)}–{hm(b.end)} {b.title}
          </Tag>
          {b.actions
            .filter((a) => a !== 'check_in')
            .map((a) => (
              <Button key={a} size="small" type="link" onClick={() => act(b, a)}>
                {t(`vn.action.${a}`)}
              </Button>
            ))}
        </div>
      ));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {venue.name} <Tag>{t(`vn.level.${venue.level}`)}</Tag>
        </Typography.Title>
        {venue.can.book.length > 0 && (
          <Button type="primary" onClick={() => setBooking(true)} data-testid="vn-book">
            {t('vn.book')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('vn.node')}>{venue.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('vn.address')}>{venue.address}</Descriptions.Item>
        <Descriptions.Item label={t('vn.area')}>{venue.areaM2}</Descriptions.Item>
        <Descriptions.Item label={t('vn.hours')}>
          {venue.opensAt}–{venue.closesAt}（{venue.openDays.join('、')}）
        </Descriptions.Item>
        <Descriptions.Item label={t('vn.owner')}>{venue.ownerUnit}</Descriptions.Item>
        <Descriptions.Item label={t('vn.joined')}>{venue.joinedOn}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        {t('vn.rule', {
          hours: venue.rule.maxHours,
          days: venue.rule.advanceDays,
          approval: t(venue.rule.approval ? 'vn.rule.approval' : 'vn.rule.no_approval'),
        })}
      </Typography.Text>
      {venue.doorCode && (
        <Typography.Text>
          {t('vn.door')}：
          <Typography.Text
            code
            copyable
          >{`/venues/checkin/${venue.id}?code=${venue.doorCode}`}</Typography.Text>
        </Typography.Text>
      )}
      <Card
        size="small"
        title={t('vn.week')}
        extra={
          <Space>
            <Button size="small" onClick={() => setFrom(from.subtract(7, 'day'))}>
              {t('vn.week.prev')}
            </Button>
            <Button size="small" onClick={() => setFrom(from.add(7, 'day'))}>
              {t('vn.week.next')}
            </Button>
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          data-testid="vn-week"
          dataSource={venue.rooms}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('vn.book.room'),
              render: (_, r) => `${r.name}（${t('vn.capacity', { n: r.capacity })}）`,
              fixed: 'left',
            },
            ...days.map((d) => ({
              key: d.format('MMDD'),
              title: d.format('MM-DD ddd'),
              render: (_: unknown, r: { id: string }) => cell(r.id, d),
            })),
          ]}
        />
      </Card>
      {booking && (
        <BookModal
          venue={venue}
          onClose={() => setBooking(false)}
          onDone={async () => {
            setBooking(false);
            await refresh();
          }}
        />
      )}
    </Space>
  );
}
