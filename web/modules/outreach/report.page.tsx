/**
 * One member's report 报到: who, where they work and report, the programme and post; the community
 * accepts, declines or re-places them, confirms or returns their services and sends the yearly
 * feedback; the unit reads the feedback and marks it read; the pledges and how they were kept.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useLang, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getReport,
  markFeedbackRead,
  moveReport,
  moveService,
  RATINGS,
  sendFeedback,
  type FeedbackInput,
  type MoveInput,
  type Report,
} from './outreach.api.ts';
import { StateTag } from './outreach.shared.tsx';

type Service = Report['services'][number];
type Pledge = Report['pledges'][number];

/** The report page. */
export function ReportPage() {
  const t = useT();
  const { lang } = useLang();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['outreach', 'report', id], queryFn: () => getReport(id) });
  const [move, setMove] = useState<MoveInput['action'] | null>(null);
  const [returning, setReturning] = useState<Service | null>(null);
  const [feedback, setFeedback] = useState(false);
  const r = q.data;
  useDocumentTitle(r ? `${r.memberName} · ${t('or.title')}` : t('or.title'));
  if (!r) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['outreach'] });
  const done = async () => {
    message.success(t('or.saved'));
    await refresh();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {r.memberName} <StateTag state={r.state} testId="or-state" />
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('or.year')}>{r.year}</Descriptions.Item>
        <Descriptions.Item label={t('or.unit')}>{r.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('or.community')}>{r.communityName}</Descriptions.Item>
        <Descriptions.Item label={t('or.reportedAt')}>
          {formatTime(r.reportedAt, lang)}
          {r.source === 'import' && <Tag style={{ marginLeft: 8 }}>{t('or.source.import')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('or.programme')}>
          <span data-testid="or-programme">
            {r.programmeName ?? ''}
            {r.post ? ` · ${r.post}` : ''}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('or.hours')}>
          <span data-testid="or-hours">{r.hours}</span>
        </Descriptions.Item>
        {r.note && <Descriptions.Item label={t('or.note')}>{r.note}</Descriptions.Item>}
      </Descriptions>
      {r.actions.length > 0 && (
        <Space wrap>
          {r.actions.map((a) => (
            <Button
              key={a}
              type={a === 'accept' ? 'primary' : 'default'}
              danger={a === 'decline'}
              onClick={() => setMove(a)}
              data-testid={`or-move-${a}`}
            >
              {t(`or.move.${a}`)}
            </Button>
          ))}
        </Space>
      )}

      <Card size="small" title={t('or.services')}>
        <Table<Service>
          rowKey="id"
          size="small"
          dataSource={r.services}
          pagination={{ pageSize: 10 }}
          data-testid="or-services"
          columns={[
            { title: t('or.servedOn'), dataIndex: 'servedOn' },
            { title: t('or.content'), dataIndex: 'content' },
            { title: t('or.hours'), dataIndex: 'hours', align: 'right' },
            { title: t('or.residents'), dataIndex: 'residents', align: 'right' },
            {
              title: t('or.state'),
              dataIndex: 'state',
              render: (v: string, s) => (
                <span>
                  {t(`or.ss.${v}`)}
                  {s.note ? ` · ${s.note}` : ''}
                </span>
              ),
            },
            ...(r.can.confirm
              ? [
                  {
                    key: 'act',
                    title: '',
                    render: (_: unknown, s: Service) =>
                      s.state === 'recorded' && (
                        <Space>
                          <Button
                            size="small"
                            type="primary"
                            data-testid="or-confirm-service"
                            onClick={async () => {
                              await moveService(s.id, { action: 'confirm', version: s.version });
                              await done();
                            }}
                          >
                            {t('or.confirm')}
                          </Button>
                          <Button size="small" onClick={() => setReturning(s)}>
                            {t('or.return')}
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card size="small" title={t('or.pledges')}>
        <Table<Pledge>
          rowKey="id"
          size="small"
          dataSource={r.pledges}
          pagination={false}
          columns={[
            { title: t('or.pledge'), dataIndex: 'content' },
            { title: t('or.dueOn'), dataIndex: 'dueOn' },
            { title: t('or.state'), dataIndex: 'state', render: (v: string) => t(`or.ps.${v}`) },
            { title: t('or.fulfilment'), dataIndex: 'fulfilment' },
          ]}
        />
      </Card>

      <Card size="small" title={t('or.feedback')} data-testid="or-feedback">
        {r.feedback ? (
          <Space orientation="vertical">
            <Typography.Text strong data-testid="or-rating">
              {t(`or.r.${r.feedback.rating}`)}
            </Typography.Text>
            {r.feedback.comment && <Typography.Paragraph>{r.feedback.comment}</Typography.Paragraph>}
            <Typography.Text type="secondary">
              {t('or.feedbackSent', { time: formatTime(r.feedback.sentAt, lang), hours: r.feedback.hours })}
              {r.feedback.readAt ? ` · ${t('or.readAt', { time: formatTime(r.feedback.readAt, lang) })}` : ''}
            </Typography.Text>
            {r.can.markRead && (
              <Button
                data-testid="or-mark-read"
                onClick={async () => {
                  await markFeedbackRead(r.id);
                  await done();
                }}
              >
                {t('or.markRead')}
              </Button>
            )}
          </Space>
        ) : r.can.feedback ? (
          <Space orientation="vertical">
            <Alert
              type="info"
              showIcon
              title={t('or.suggested', { rating: t(`or.r.${r.suggestedRating}`) })}
            />
            <Button type="primary" onClick={() => setFeedback(true)} data-testid="or-send-feedback">
              {t('or.sendFeedback')}
            </Button>
          </Space>
        ) : null}
      </Card>

      <FormModal<Omit<MoveInput, 'action' | 'version'>>
        open={move !== null}
        title={move ? t(`or.move.${move}`) : ''}
        onClose={() => setMove(null)}
        okDanger={move === 'decline'}
        testId="or-move-form"
        testIdOn="form"
        initialValues={{ programmeId: r.programmeId, post: r.post }}
        onSubmit={async (v) => {
          await moveReport(r.id, { ...v, action: move!, version: r.version });
          await done();
        }}
      >
        {move === 'decline' ? (
          <Form.Item name="note" label={t('or.note')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="programmeId" label={t('or.programme')}>
              <Select
                data-testid="or-move-programme"
                allowClear
                placeholder={t('or.none')}
                options={r.programmes.map((p) => ({
                  value: p.id,
                  label: `${p.name}${t('or.free', { n: p.free })}`,
                  disabled: p.free === 0 && p.id !== r.programmeId,
                }))}
              />
            </Form.Item>
            <Form.Item name="post" label={t('or.post')} rules={[{ max: 40 }]}>
              <Input />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ note: string }>
        open={returning !== null}
        title={t('or.return')}
        onClose={() => setReturning(null)}
        testId="or-return-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await moveService(returning!.id, { action: 'return', version: returning!.version, note: v.note });
          await done();
        }}
      >
        <Form.Item name="note" label={t('or.returnWhy')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal<FeedbackInput>
        open={feedback}
        title={t('or.sendFeedback')}
        onClose={() => setFeedback(false)}
        testId="or-feedback-form"
        testIdOn="form"
        initialValues={{ rating: r.suggestedRating, comment: '' }}
        onSubmit={async (v) => {
          await sendFeedback(r.id, v);
          await done();
        }}
      >
        <Form.Item name="rating" label={t('or.rating')} rules={[{ required: true }]}>
          <Select
            data-testid="or-feedback-rating"
            options={RATINGS.map((x) => ({ value: x, label: t(`or.r.${x}`) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('or.comment')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
