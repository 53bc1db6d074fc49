/**
 * Council meetings (officers, desktop; residents read): call a meeting with its agenda and topics,
 * record minutes and attendance, add photos, cancel.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Image,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from './common.tsx';
import {
  cancelMeeting,
  createMeeting,
  getMeeting,
  listMeetings,
  listTopics,
  photoUrl,
  recordMinutes,
  uploadPhoto,
  type MeetingInput,
} from './council.api.ts';
import { useResidentNode } from '../../app/selected-node.tsx';

const ROLE_WORDS: Record<string, 'member' | 'child' | 'resident' | 'officer' | 'guest'> = {
  成员: 'member',
  member: 'member',
  童议员: 'child',
  child: 'child',
  居民: 'resident',
  resident: 'resident',
  工作人员: 'officer',
  officer: 'officer',
  列席: 'guest',
  guest: 'guest',
};

/** Meetings of my councils. */
export function MeetingsPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('council.meetings.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const nodeId = useResidentNode();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['council', 'meetings', nodeId],
    queryFn: () => listMeetings({ nodeId }),
  });
  const topics = useQuery({
    queryKey: ['council', 'topics', 'for-meeting', nodeId],
    queryFn: () => listTopics({ nodeId, limit: 100 }),
    enabled: open,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('council.meetings.title')}
        </Typography.Title>
        {can('council.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} disabled={!nodeId}>
            {t('council.meeting.new')}
          </Button>
        )}
      </Space>
      {list.data?.items.length === 0 && <Empty />}
      {list.data?.items.map((m) => (
        <Card key={m.id} size="small" data-testid="meeting-row">
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Link to={`/council/meetings/${m.id}`}>{m.title}</Link>
            <Tag>{t(`council.meeting.${m.status}`)}</Tag>
          </Space>
          <Typography.Text type="secondary">
            {m.bodyName} · {formatTime(m.startsAt, lang)} · {m.place}
            {m.status === 'held' && <> · {t('council.meeting.attendees', { n: m.attendees })}</>}
          </Typography.Text>
        </Card>
      ))}
      <FormModal<Omit<MeetingInput, 'nodeId'>>
        open={open}
        title={t('council.meeting.new')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'residents', topicIds: [] }}
        onSubmit={async (v) => {
          const r = await createMeeting({
            ...v,
            nodeId: nodeId!,
            startsAt: new Date(v.startsAt).toISOString(),
          });
          message.success(t('council.meeting.created'));
          navigate(`/council/meetings/${r.id}`);
        }}
      >
        <Form.Item name="kind" label={t('council.meeting.kind')}>
          <Select
            options={(['residents', 'children'] as const).map((k) => ({
              value: k,
              label: t(`council.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('council.meeting.title_field')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startsAt" label={t('council.meeting.starts')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="place" label={t('council.meeting.place')}>
          <Input />
        </Form.Item>
        <Form.Item name="agenda" label={t('council.meeting.agenda')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="topicIds" label={t('council.meeting.topics')}>
          <Select
            mode="multiple"
            options={(topics.data?.items ?? []).map((x) => ({ value: x.id, label: x.title }))}
          />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One meeting: agenda, topics, minutes and attendance, photos. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const m = useQuery({ queryKey: ['council', 'meeting', id], queryFn: () => getMeeting(id) });
  usePageTitle(m.data?.title ?? t('council.meetings.title'));
  const [form, setForm] = useState<'minutes' | 'cancel' | null>(null);
  if (!m.data) return <Spin />;
  const x = m.data;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['council'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Card
        title={x.title}
        extra={<Tag>{t(`council.meeting.${x.status}`)}</Tag>}
        actions={
          x.can.edit
            ? [
                <Button key="m" type="link" onClick={() => setForm('minutes')} data-testid="record-minutes">
                  {t('council.meeting.record')}
                </Button>,
                ...(x.status === 'planned'
                  ? [
                      <Button key="c" type="link" danger onClick={() => setForm('cancel')}>
                        {t('council.meeting.cancel')}
                      </Button>,
                    ]
                  : []),
              ]
            : undefined
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('council.meeting.kind')}>{x.bodyName}</Descriptions.Item>
          <Descriptions.Item label={t('council.meeting.starts')}>
            {formatTime(x.startsAt, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('council.meeting.place')}>{x.place}</Descriptions.Item>
          <Descriptions.Item label={t('council.meeting.agenda')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{x.agenda}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('council.meeting.topics')}>
            <Space orientation="vertical" size={0}>
              {x.topics.map((tp) => (
                <Link key={tp.id} to={`/council/topics/${tp.id}`}>
                  {tp.title}
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
          {x.cancelReason && (
            <Descriptions.Item label={t('council.meeting.cancel.reason')}>{x.cancelReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {x.status === 'held' && (
        <Card size="small" title={t('council.meeting.minutes')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{x.minutes}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('council.meeting.attendees', { n: x.attendees })}
          </Typography.Text>
          {x.attendance.length > 0 && (
            <div style={{ marginTop: 8 }}>
              {x.attendance.map((a, i) => (
                <Tag key={i}>{a.label}</Tag>
              ))}
            </div>
          )}
        </Card>
      )}
      <Card
        size="small"
        title={t('council.meeting.photos')}
        extra={
          x.can.edit && (
            <Upload
              accept="image/jpeg,image/png,image/webp"
              showUploadList={false}
              customRequest={async (o) => {
                try {
                  await uploadPhoto(x.id, o.file as File);
                  message.success(t('council.meeting.photo.done'));
                  refresh();
                } catch (e) {
                  reportError(e);
                }
              }}
            >
              <Button icon={<UploadOutlined />}>{t('council.meeting.photo.add')}</Button>
            </Upload>
          )
        }
      >
        <Image.PreviewGroup>
          <Space wrap>
            {x.photos.map((p) => (
              <Image key={p.id} src={photoUrl(p.id)} width={120} alt={x.title} />
            ))}
          </Space>
        </Image.PreviewGroup>
      </Card>
      <FormModal<{ minutes: string; attendance: string }>
        open={form === 'minutes'}
        title={t('council.meeting.record')}
        onClose={() => setForm(null)}
        initialValues={{
          minutes: x.minutes,
          attendance: x.attendance.map((a) => `${a.label},${a.role}`).join('\n'),
        }}
        onSubmit={async (v) => {
          const attendance = v.attendance
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l) => {
              const [label, role = '居民'] = l.split(/[,，]/).map((s) => s.trim());
              return { label, role: ROLE_WORDS[role] ?? 'resident' };
            });
          await recordMinutes(x.id, { minutes: v.minutes, attendance, version: x.version });
          message.success(t('council.meeting.recorded'));
          refresh();
        }}
      >
        <Form.Item name="minutes" label={t('council.meeting.minutes')} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item
          name="attendance"
          label={t('council.meeting.attendance')}
          extra={t('council.meeting.attendance.help')}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={form === 'cancel'}
        title={t('council.meeting.cancel')}
        onClose={() => setForm(null)}
        okDanger
        onSubmit={async (v) => {
          await cancelMeeting(x.id, v.reason, x.version);
          message.success(t('council.meeting.cancel.done'));
          refresh();
        }}
      >
        <Form.Item name="reason" label={t('council.meeting.cancel.reason')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
