/**
 * One project (phones first): its stage, money and progress; the steps the user may take now
 * (screening, budget, start, acceptance, close); milestones, contractors, photos and notes; and the
 * satisfaction rating for the residents (micro projects) or the deputies (chosen projects).
 */
import { useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Image,
  Input,
  List,
  Progress,
  Rate,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { CameraOutlined, CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal, usePageTitle } from '../council/common.tsx';
import { fenToInput, money, StageTag } from './common.tsx';
import {
  addContractor,
  addMilestone,
  addNote,
  addPhoto,
  completeMilestone,
  getProject,
  photoUrl,
  rateProject,
  setBudget,
  takeStep,
  type Project,
} from './projects.api.ts';
import type { Body } from '../../app/client.ts';

const NEEDS_REASON = ['reject', 'drop', 'fail_inspection'];

/** A step of a project's life. */
type Action = Body<'post', '/api/projects/{id}/transitions'>['action'];

/** The steps the user may take now, each with its confirmation or its reason. */
function Actions(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [asking, setAsking] = useState<Action | null>(null);
  const p = props.p;
  if (!p.actions.length) return null;
  function run(action: Action) {
    if (NEEDS_REASON.includes(action) || action === 'accept') return setAsking(action);
    modal.confirm({
      title: t(`projects.action.${action}`),
      content: t('projects.action.confirm', { action: t(`projects.action.${action}`) }),
      okButtonProps: { 'data-testid': 'confirm-ok' } as never,
      onOk: async () => {
        try {
          await takeStep(p.id, { action });
          message.success(t('projects.saved'));
          props.onDone();
        } catch (e) {
          reportError(e);
        }
      },
    });
  }
  const field = asking === 'accept' ? 'note' : 'reason';
  return (
    <Space wrap>
      {p.actions.map((a) => (
        <Button
          key={a}
          type={
            ['approve', 'fix_budget', 'start', 'finish', 'accept', 'close'].includes(a)
              ? 'primary'
              : 'default'
          }
          danger={NEEDS_REASON.includes(a) || a === 'withdraw'}
          onClick={() => run(a as Action)}
          data-testid={`action-${a}`}
        >
          {t(`projects.action.${a}`)}
        </Button>
      ))}
      <FormModal<{ text: string }>
        open={!!asking}
        title={asking ? t(`projects.action.${asking}`) : ''}
        onClose={() => setAsking(null)}
        testId="step-modal"
        onSubmit={async (v) => {
          await takeStep(p.id, { action: asking!, [field]: v.text });
          props.onDone();
        }}
      >
        <Form.Item
          name="text"
          label={t(field === 'note' ? 'projects.note' : 'projects.reason')}
          rules={[{ required: true, max: 1000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

function MoneyCard(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const p = props.p;
  return (
    <Card
      size="small"
      title={t('projects.budget')}
      extra={
        p.can.budget && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="budget-edit">
            {t('projects.budget.edit')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('projects.money.public')}>
          <span data-testid="money-public">{money(p.publicFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.money.social')}>
          <span data-testid="money-social">{money(p.socialFen)}</span>
          {p.socialSource && <> （{p.socialSource}）</>}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.money.total')}>
          {money(p.publicFen + p.socialFen)}
        </Descriptions.Item>
        {p.unitName && <Descriptions.Item label={t('projects.unit')}>{p.unitName}</Descriptions.Item>}
      </Descriptions>
      <FormModal<{ publicYuan: string; socialYuan: string; socialSource?: string }>
        open={open}
        title={t('projects.budget.edit')}
        onClose={() => setOpen(false)}
        initialValues={{
          publicYuan: fenToInput(p.publicFen),
          socialYuan: fenToInput(p.socialFen),
          socialSource: p.socialSource,
        }}
        testId="budget-modal"
        onSubmit={async (v) => {
          await setBudget(p.id, { ...v, version: p.version });
          props.onDone();
        }}
      >
        <Form.Item name="publicYuan" label={t('projects.budget.public')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="socialYuan" label={t('projects.budget.social')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="socialSource" label={t('projects.budget.source')}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

function WorkCard(props: { p: Project; onDone: () => void }) {
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
        <Progress percent={p.progress} format={(n) => `${n}%`} data-testid="project-progress" />
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

function RatingCard(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const p = props.p;
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  if (!['completed', 'closed'].includes(p.stage)) return null;
  return (
    <Card size="small" title={t('projects.rating')} data-testid="rating-card">
      {p.rating.average !== null && (
        <Typography.Paragraph data-testid="rating-average">
          <Rate disabled allowHalf value={p.rating.average} />{' '}
          {t('projects.satisfaction', { score: p.rating.average, n: p.rating.count })}
        </Typography.Paragraph>
      )}
      {p.rating.mine && <Tag color="green">{t('projects.rate.mine', { score: p.rating.mine.score })}</Tag>}
      {p.can.rate && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Rate value={score} onChange={setScore} style={{ fontSize: 32 }} data-testid="rate-stars" />
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('projects.rate.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button
            type="primary"
            block
            size="large"
            disabled={score < 1}
            data-testid="rate-submit"
            onClick={() =>
              void rateProject(p.id, score, comment || undefined)
                .then(() => {
                  message.success(t('projects.rate.done'));
                  props.onDone();
                })
                .catch(reportError)
            }
          >
            {t('projects.rate')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

/** One project. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['projects', 'one', id], queryFn: () => getProject(id) });
  usePageTitle(q.data?.title ?? t('projects.title'));
  if (!q.data) return <Spin />;
  const p = q.data;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['projects'] });
  const started = !['ordered', 'rejected', 'withdrawn', 'candidate', 'not_chosen'].includes(p.stage);
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }} data-testid="project-page">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="project-title">
            {p.title}
          </Typography.Title>
          <StageTag stage={p.stage} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
          {t(`projects.kind.${p.kind}`)} · {p.nodeName} · {t(`projects.category.${p.category}`)}
          {p.ordererLabel && <> · {t('projects.by', { who: p.ordererLabel })}</>} ·{' '}
          {formatTime(p.createdAt, lang)}
          {p.ballotVotes !== null && <> · {t('projects.ballot.votes', { n: p.ballotVotes })}</>}
        </Typography.Paragraph>
        {p.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph>
        )}
        {p.rejectReason && (
          <Typography.Paragraph type="danger" data-testid="reject-reason">
            {t('projects.rejected_because', { reason: p.rejectReason })}
          </Typography.Paragraph>
        )}
        {p.acceptanceNote && (
          <Typography.Paragraph>{t('projects.acceptance', { note: p.acceptanceNote })}</Typography.Paragraph>
        )}
        <Actions p={p} onDone={refresh} />
      </Card>
      {started && <MoneyCard p={p} onDone={refresh} />}
      {started && <WorkCard p={p} onDone={refresh} />}
      <RatingCard p={p} onDone={refresh} />
    </Space>
  );
}
