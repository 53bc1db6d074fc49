/**
 * One 圆桌会: its parties (the contract units of the month, each with its absences in a row), and —
 * before it is held — the record of it: who attended, the agenda drawn from the units' needs and
 * projects (or free topics), the minutes, and resolutions naming a unit, an owner and a due day;
 * once held, the record and its printable minutes.
 */
import { App, Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { useT } from '../../app/i18n.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { getMeeting, holdMeeting, type Meeting } from './compacts.api.ts';
import { AbsentTag } from './compacts.shared.tsx';

interface HoldValues {
  heldOn: string;
  present: Record<string, boolean>;
  agendaItems?: string[];
  topics?: string;
  minutes?: string;
  resolutions?: { contractId: string; content: string; owner: string; dueOn: string }[];
}

/** The round table page. */
export function MeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['compacts', 'meeting', id], queryFn: () => getMeeting(id) });
  const m = q.data;
  useDocumentTitle(m ? `${m.nodeName} ${t('cp.mt.name', { month: m.month })}` : t('cp.mt.title'));
  if (!m) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {`${m.nodeName} ${t('cp.mt.name', { month: m.month })}`}
          </Typography.Title>
          <Space>
            {m.state === 'held' ? (
              <Tag color="green" data-testid="cp-mt-state">
                {t('cp.mt.heldOn', { day: m.heldOn ?? '' })}
              </Tag>
            ) : (
              <Tag color="gold" data-testid="cp-mt-state">
                {t('cp.mt.scheduled')}
              </Tag>
            )}
            <Typography.Text type="secondary">{`${m.plannedOn} ${m.place}`}</Typography.Text>
          </Space>
        </div>
        <Space>
          {m.state === 'held' && (
            <Button
              icon={<PrinterOutlined />}
              href={`/print/compact-minutes/${m.id}`}
              target="_blank"
              data-testid="cp-minutes-print"
            >
              {t('cp.mt.print')}
            </Button>
          )}
          <Link to="/compacts/meetings">{t('cp.mt.title')}</Link>
        </Space>
      </Space>
      {m.can.hold ? <HoldForm m={m} /> : <Record m={m} />}
    </Space>
  );
}

/** The record of a held round table (or the parties of one not held, for those who only read). */
function Record(props: { m: Meeting }) {
  const t = useT();
  const { m } = props;
  return (
    <>
      <Card size="small" title={t('cp.mt.parties')}>
        <Table
          rowKey="contractId"
          size="small"
          pagination={false}
          dataSource={m.parties}
          data-testid="cp-parties"
          columns={[
            {
              title: t('cp.unit'),
              dataIndex: 'unitName',
              render: (v: string, p) => (
                <Space size={4}>
                  <Link to={`/compacts/contracts/${p.contractId}`}>{v}</Link>
                  <AbsentTag missed={p.missedInARow} flagged={p.flagged} />
                </Space>
              ),
            },
            { title: t('cp.number'), dataIndex: 'number' },
            {
              title: t('cp.attendance'),
              dataIndex: 'present',
              render: (v: boolean | null) =>
                v === null ? '' : <Tag color={v ? 'green' : 'red'}>{t(v ? 'cp.present' : 'cp.absent')}</Tag>,
            },
          ]}
        />
      </Card>
      {m.state === 'held' && (
        <>
          <Card size="small" title={t('cp.mt.agenda')}>
            <ol data-testid="cp-agenda">
              {m.agenda.map((a, i) => (
                <li key={i}>{a.text}</li>
              ))}
            </ol>
          </Card>
          <Card size="small" title={t('cp.mt.minutes')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {m.minutes || t('cp.none')}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('cp.mt.resolutions')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={m.resolvedItems}
              data-testid="cp-resolutions"
              columns={[
                { title: t('cp.content'), dataIndex: 'content' },
                { title: t('cp.unit'), dataIndex: 'unitName' },
                { title: t('cp.owner'), dataIndex: 'owner' },
                { title: t('cp.dueOn'), dataIndex: 'dueOn' },
                {
                  title: t('cp.state'),
                  dataIndex: 'state',
                  render: (v: string, r) =>
                    v === 'done' ? (
                      <Tag color="green">{t('cp.done', { day: r.doneOn ?? '' })}</Tag>
                    ) : r.overdue ? (
                      <Tag color="red">{t('cp.overdue')}</Tag>
                    ) : (
                      <Tag>{t('cp.open')}</Tag>
                    ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}

/** Records the round table as held. */
function HoldForm(props: { m: Meeting }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { m } = props;
  const [form] = Form.useForm<HoldValues>();
  const submit = async (v: HoldValues) => {
    const chosen = new Set(v.agendaItems ?? []);
    try {
      await holdMeeting(m.id, {
        version: m.version,
        heldOn: v.heldOn,
        attendance: m.parties.map((p) => ({
          contractId: p.contractId,
          present: v.present?.[p.contractId] ?? false,
        })),
        agenda: [
          ...m.candidates
            .filter((c) => chosen.has(c.itemId))
            .map((c) => ({ itemId: c.itemId, text: `${c.unitName}：${c.content}` })),
          ...(v.topics ?? '')
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean)
            .map((text) => ({ itemId: null, text })),
        ],
        minutes: v.minutes ?? '',
        resolutions: v.resolutions ?? [],
      });
      message.success(t('cp.mt.recorded'));
      await qc.invalidateQueries({ queryKey: ['compacts'] });
    } catch (e) {
      applyProblemToForm(form, e);
    }
  };
  return (
    <Card size="small" title={t('cp.mt.record')}>
      <Form<HoldValues>
        form={form}
        layout="vertical"
        name="cp-hold"
        data-testid="cp-hold-form"
        initialValues={{
          heldOn: beijingDay() < m.plannedOn ? beijingDay() : m.plannedOn,
          present: Object.fromEntries(m.parties.map((p) => [p.contractId, true])),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="heldOn" label={t('cp.mt.heldOnLabel')} rules={[{ required: true }]}>
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item label={t('cp.mt.parties')} required>
          <Space orientation="vertical">
            {m.parties.map((p) => (
              <Space key={p.contractId}>
                <Form.Item name={['present', p.contractId]} valuePropName="checked" noStyle>
                  <Checkbox data-testid={`cp-present-${p.unitName}`}>{p.unitName}</Checkbox>
                </Form.Item>
                <AbsentTag missed={p.missedInARow} flagged={p.flagged} />
              </Space>
            ))}
            {m.parties.length === 0 && (
              <Typography.Text type="secondary">{t('cp.mt.noParties')}</Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item name="agendaItems" label={t('cp.mt.agendaItems')}>
          <Select
            mode="multiple"
            data-testid="cp-agenda-items"
            optionFilterProp="label"
            options={m.candidates.map((c) => ({
              value: c.itemId,
              label: `${t(`cp.k.${c.kind}`)} · ${c.unitName}：${c.content}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="topics" label={t('cp.mt.topics')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="minutes" label={t('cp.mt.minutes')} rules={[{ max: 8000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Typography.Text strong>{t('cp.mt.resolutions')}</Typography.Text>
        <Form.List name="resolutions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'contractId']} label={t('cp.unit')} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 200 }}
                      data-testid="cp-res-unit"
                      options={m.parties.map((p) => ({ value: p.contractId, label: p.unitName }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'content']}
                    label={t('cp.content')}
                    rules={[{ required: true, max: 300 }]}
                  >
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'owner']}
                    label={t('cp.owner')}
                    rules={[{ required: true, max: 60 }]}
                  >
                    <Input style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} label={t('cp.dueOn')} rules={[{ required: true }]}>
                    <Input type="date" />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('cp.remove')} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="cp-add-resolution">
                  {t('cp.mt.addResolution')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" data-testid="cp-hold">
          {t('cp.mt.hold')}
        </Button>
      </Form>
    </Card>
  );
}
