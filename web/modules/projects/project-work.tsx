/** The work on a project: milestones, contractors, photos and notes. */
import { useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Image,
  Input,
  List,
  Progress,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CameraOutlined, CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import {
  addContractor,
  addMilestone,
  addNote,
  addPhoto,
  completeMilestone,
  photoUrl,
  type Project,
} from './projects.api.ts';
import type { Body } from '../../app/client.ts';

export function WorkCard(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const p = props.p;
  const [adding, setAdding] = useState<'milestone' | 'contractor' | 'note' | null>(null);
  const [doneId, setDoneId] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  return (
    <>
      <Card
        size="small"
        title={t('projects.milestones')}
        extra={
          p.can.milestone && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAdding('milestone')}
              data-testid="milestone-add"
            >
              {t('projects.milestone.add')}
            </Button>
          )
        }
      >
        <Progress
          percent={p.progress}
          format={(n) => `${n}%`}
          aria-label={t('projects.progress')}
          data-testid="project-progress"
        />
        <List
          size="small"
          dataSource={p.milestones}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          renderItem={(m) => (
            <List.Item
              data-testid="milestone"
              actions={
                m.can.complete
                  ? [
                      <Button
                        key="d"
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => setDoneId(m.id)}
                        data-testid="milestone-done"
                      >
                        {t('projects.milestone.done')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {m.seq}. {m.title} {m.doneAt && <Tag color="green">{t('projects.milestone.done')}</Tag>}
                  </>
                }
                description={`${t('projects.milestone.due')} ${m.dueOn}${m.note ? ` · ${m.note}` : ''}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card
        size="small"
        title={t('projects.contractors')}
        extra={
          p.can.contractor && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAdding('contractor')}
              data-testid="contractor-add"
            >
              {t('projects.contractor.add')}
            </Button>
          )
        }
      >
        {p.contractors.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {p.contractors.map((c) => (
          <div key={c.id} data-testid="contractor">
            {c.name} · {t(`projects.contractor.${c.role}`)}
            {c.contactName && <> · {c.contactName}</>}
            {c.phone && <> · {c.phone}</>}
          </div>
        ))}
      </Card>
      <Card
        size="small"
        title={t('projects.photos')}
        extra={
          p.can.photo && (
            <>
              <input
                ref={file}
                type="file"
                accept="image/jpeg,image/png,image/webp"
                hidden
                data-testid="photo-input"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f)
                    void addPhoto(p.id, f)
                      .then(() => {
                        message.success(t('projects.saved'));
                        props.onDone();
                      })
                      .catch(reportError);
                  e.target.value = '';
                }}
              />
              <Button size="small" icon={<CameraOutlined />} onClick={() => file.current?.click()}>
                {t('projects.photo.add')}
              </Button>
            </>
          )
        }
      >
        {p.photos.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        <Image.PreviewGroup>
          <Space wrap>
            {p.photos.map((ph) => (
              <Image
                key={ph.id}
                src={photoUrl(ph.id)}
                width={96}
                height={72}
                style={{ objectFit: 'cover' }}
                data-testid="photo"
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      </Card>
      <Card
        size="small"
        title={t('projects.notes')}
        extra={
          p.can.note && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAdding('note')}
              data-testid="note-add"
            >
              {t('projects.note.add')}
            </Button>
          )
        }
      >
        {p.notes.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {p.notes.map((n) => (
          <Typography.Paragraph key={n.id} style={{ margin: '4px 0' }} data-testid="note">
            <Tag>{t(`projects.note.${n.kind}`)}</Tag>
            {n.text}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              — {n.authorLabel} {formatTime(n.createdAt, lang)}
            </Typography.Text>
          </Typography.Paragraph>
        ))}
      </Card>
      <FormModal<{ title: string; dueOn: { format(f: string): string } }>
        open={adding === 'milestone'}
        title={t('projects.milestone.add')}
        onClose={() => setAdding(null)}
        testId="milestone-modal"
        onSubmit={async (v) => {
          await addMilestone(p.id, { title: v.title, dueOn: v.dueOn.format('YYYY-MM-DD') });
          props.onDone();
        }}
      >
        <Form.Item name="title" label={t('projects.milestone.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('projects.milestone.due')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<Body<'post', '/api/projects/{id}/contractors'>>
        open={adding === 'contractor'}
        title={t('projects.contractor.add')}
        onClose={() => setAdding(null)}
        initialValues={{ role: 'builder' }}
        testId="contractor-modal"
        onSubmit={async (v) => {
          await addContractor(p.id, {
            ...v,
            phone: v.phone || undefined,
            contactName: v.contactName || undefined,
          });
          props.onDone();
        }}
      >
        <Form.Item name="name" label={t('projects.contractor.name')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('projects.contractor.role')}>
          <Select
            options={['builder', 'supervisor', 'service', 'supplier'].map((r) => ({
              value: r,
              label: t(`projects.contractor.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="contactName" label={t('projects.contractor.contact')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('projects.contractor.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
      </FormModal>
      <FormModal<{ text: string }>
        open={adding === 'note'}
        title={t('projects.note.add')}
        onClose={() => setAdding(null)}
        testId="note-modal"
        onSubmit={async (v) => {
          await addNote(p.id, v.text);
          props.onDone();
        }}
      >
        <Form.Item name="text" label={t('projects.note.text')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<{ note?: string }>
        open={!!doneId}
        title={t('projects.milestone.done')}
        onClose={() => setDoneId(null)}
        testId="milestone-done-modal"
        onSubmit={async (v) => {
          await completeMilestone(p.id, doneId!, v.note ?? '');
          props.onDone();
        }}
      >
        <Form.Item name="note" label={t('projects.milestone.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
