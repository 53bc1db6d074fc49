/**
 * 天大的小事: party members and residents report small problems; the community officer merges,
 * declines or selects them as the year's 民生实事 (at most 10) and assigns partners, who report
 * progress; and the public page where anyone follows the year's matters.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Rate,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { beijingYear } from '../../app/format.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  assignNeed,
  getPublicBoard,
  listNeeds,
  listPartners,
  mattersExportUrl,
  progressNeed,
  reportNeed,
  screenNeed,
  type Need,
} from './partners.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { partnersMessages } from './partners.messages.ts';

addMessages(partnersMessages);

const YEAR = beijingYear();
const MAX = 10;
const MATTER = ['selected', 'in_progress', 'done'];
const COLOUR: Record<string, string> = {
  reported: 'orange',
  merged: 'default',
  declined: 'default',
  selected: 'blue',
  in_progress: 'processing',
  done: 'green',
};

function Updates(props: { updates: Need['updates'] }) {
  if (!props.updates.length) return null;
  return (
    <Timeline
      items={props.updates.map((u) => ({
        children: `${u.at.slice(0, 10)} ${u.partnerName ?? ''} ${u.progress}% ${u.note}`,
      }))}
    />
  );
}

/** Needs and matters of the selected node, as the actor's role sees them. */
export function NeedsPage() {
  const t = useT();
  usePageTitle(t('pn.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [tab, setTab] = useState('all');
  const [reporting, setReporting] = useState(false);
  const [moving, setMoving] = useState<{ x: Need; action: string } | null>(null);
  const [assigning, setAssigning] = useState<Need | null>(null);
  const query =
    tab === 'mine' ? { mine: '1' as const } : tab === 'assigned' ? { assigned: '1' as const } : { nodeId };
  const list = useQuery({ queryKey: ['partners', 'needs', tab, nodeId], queryFn: () => listNeeds(query) });
  const partners = useQuery({
    queryKey: ['partners', 'list', nodeId],
    queryFn: () => listPartners({ nodeId, year: YEAR }),
    enabled: can('partners.manage'),
  });
  const rows = list.data ?? [];
  const chosen = rows.filter((d) => d.year === YEAR && MATTER.includes(d.state)).length;
  const refresh = () => qc.invalidateQueries({ queryKey: ['partners'] });
  const tabs = [
    { key: 'all', label: t('pn.tab.all') },
    ...(can('partners.serve') ? [{ key: 'assigned', label: t('pn.tab.assigned') }] : []),
    ...(can('partners.report') ? [{ key: 'mine', label: t('pn.tab.mine') }] : []),
  ];
  const community = rows[0]?.nodeId;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('pn.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('pn.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {tab === 'all' && (
            <Tag color="red" data-testid="matters-count">
              {t('pn.selected', { year: YEAR, count: chosen, max: MAX })}
            </Tag>
          )}
          {community && (
            <Button href={`/public/partners/${community}`} target="_blank">
              {t('pn.publicLink')}
            </Button>
          )}
          {can('partners.export') && (
            <Button icon={<DownloadOutlined />} href={mattersExportUrl(nodeId, YEAR)}>
              {t('pn.export')}
            </Button>
          )}
          {can('partners.report') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setReporting(true)}
              data-testid="need-report"
            >
              {t('pn.report')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs activeKey={tab} onChange={setTab} items={tabs} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (r) => r.updates.length > 0 || !!r.detail,
          expandedRowRender: (r) => (
            <Space orientation="vertical">
              {r.detail && <Typography.Text>{r.detail}</Typography.Text>}
              {r.screenNote && <Typography.Text type="secondary">{r.screenNote}</Typography.Text>}
              <Updates updates={r.updates} />
            </Space>
          ),
        }}
        onRow={() => ({ 'data-testid': 'need-row' }) as never}
        columns={[
          { title: t('pn.title.field'), dataIndex: 'title', width: 200 },
          { title: t('pa.node'), dataIndex: 'nodeName', width: 110 },
          {
            title: '',
            dataIndex: 'reporterKind',
            render: (v: string, r) => (
              <Space size={2}>
                <Tag>{t(`pn.reporter.${v}`)}</Tag>
                {r.mine && <Tag color="blue">{t('pn.mine')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('pn.state'),
            dataIndex: 'state',
            render: (v: string, r) => (
              <Space size={2}>
                <Tag color={COLOUR[v]} data-testid="need-state">
                  {t(`pn.state.${v}`)}
                </Tag>
                {r.overdue && <Tag color="red">{t('pn.overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('pn.year'), dataIndex: 'year' },
          {
            title: t('pn.partners'),
            render: (_: unknown, r) => (
              <span data-testid="need-partners">{r.partners.map((p) => p.name).join('、')}</span>
            ),
          },
          { title: t('pn.target'), dataIndex: 'targetDate' },
          {
            title: t('pn.progress'),
            dataIndex: 'progress',
            render: (v: number, r) =>
              MATTER.includes(r.state) ? (
                <Progress
                  percent={v}
                  size="small"
                  style={{ width: 90 }}
                  aria-label={`${t('pn.progress')} ${v}%`}
                />
              ) : null,
          },
          {
            title: '',
            render: (_: unknown, r) => (
              <Space>
                <StepButtons
                  steps={r.actions}
                  messages="pn.move"
                  testId="need"
                  onPick={(a) => setMoving({ x: r, action: a })}
                />
                {r.canAssign && (
                  <Button size="small" onClick={() => setAssigning(r)} data-testid="need-assign">
                    {t('pn.assign')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ title: string; detail?: string }>
        open={reporting}
        title={t('pn.report')}
        onClose={() => setReporting(false)}
        testId="need-form"
        onSubmit={async (v) => {
          await reportNeed({ nodeId: nodeId!, title: v.title, detail: v.detail ?? '' }, idem.get());
          idem.done();
          setTab(can('partners.manage') ? 'all' : 'mine');
          await refresh();
        }}
      >
        <Form.Item name="title" label={t('pn.title.field')} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="need-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('pn.detail')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="need-detail" />
        </Form.Item>
      </FormModal>
      <FormModal<{ note?: string; mergeInto?: string; targetDate?: string; progress?: number }>
        open={!!moving}
        title={moving ? `${t(`pn.move.${moving.action}`)} · ${moving.x.title}` : ''}
        onClose={() => setMoving(null)}
        testId="move-form"
        initialValues={{ progress: moving?.action === 'complete' ? 100 : (moving?.x.progress ?? 0) }}
        onSubmit={async (v) => {
          const m = moving!;
          if (m.action === 'progress' || m.action === 'complete')
            await progressNeed(m.x.id, {
              action: m.action,
              progress: m.action === 'complete' ? 100 : (v.progress ?? 0),
              note: v.note ?? '',
              version: m.x.version,
            });
          else
            await screenNeed(m.x.id, {
              action: m.action as 'merge' | 'decline' | 'select' | 'withdraw',
              note: v.note || undefined,
              mergeInto: v.mergeInto,
              year: m.action === 'select' ? YEAR : undefined,
              targetDate: v.targetDate || undefined,
              version: m.x.version,
            });
          await refresh();
        }}
      >
        {moving?.action === 'merge' && (
          <Form.Item name="mergeInto" label={t('pn.mergeInto')} rules={[{ required: true }]}>
            <Select
              options={rows
                .filter(
                  (d) =>
                    d.id !== moving.x.id &&
                    d.nodeId === moving.x.nodeId &&
                    !['merged', 'declined', 'done'].includes(d.state),
                )
                .map((d) => ({ value: d.id, label: d.title }))}
            />
          </Form.Item>
        )}
        {moving?.action === 'select' && (
          <Form.Item name="targetDate" label={t('pn.target')}>
            <Input type="date" data-testid="move-target" />
          </Form.Item>
        )}
        {moving?.action === 'progress' && (
          <Form.Item name="progress" label={t('pn.progress')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} data-testid="move-progress" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('pn.note')}
          rules={[
            {
              required: ['decline', 'withdraw', 'progress', 'complete'].includes(moving?.action ?? ''),
              max: 500,
            },
          ]}
        >
          <Input.TextArea rows={2} data-testid="move-note" />
        </Form.Item>
      </FormModal>
      <FormModal<{ partnerIds: string[]; targetDate?: string }>
        open={!!assigning}
        title={assigning ? `${t('pn.assign')} · ${assigning.title}` : ''}
        onClose={() => setAssigning(null)}
        testId="assign-form"
        initialValues={{
          partnerIds: assigning?.partners.map((p) => p.id) ?? [],
          targetDate: assigning?.targetDate ?? undefined,
        }}
        onSubmit={async (v) => {
          await assignNeed(assigning!.id, {
            partnerIds: v.partnerIds,
            targetDate: v.targetDate || undefined,
            version: assigning!.version,
          });
          await refresh();
        }}
      >
        <Form.Item name="partnerIds" label={t('pn.partners')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="assign-partners"
            options={(partners.data ?? [])
              .filter((p) => p.state === 'active' && p.nodeId === assigning?.nodeId)
              .map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="targetDate" label={t('pn.target')}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The year's 民生实事 of a community and its partners' stars, for anyone (no login). */
export function PublicMattersPage() {
  const t = useT();
  const { nodeId } = useParams();
  usePageTitle(t('pn.public'));
  const board = useQuery({
    queryKey: ['partners', 'public', nodeId],
    queryFn: () => getPublicBoard(nodeId!, YEAR),
  });
  const b = board.data;
  return (
    <div style={{ maxWidth: 820, margin: '24px auto', padding: 12 }}>
      <Card
        title={`${b?.nodeName ?? ''} · ${t('pn.selected', { year: YEAR, count: b?.matters.length ?? 0, max: b?.max ?? MAX })}`}
      >
        {b && !b.matters.length && <Empty description={t('pn.empty')} />}
        <List
          data-testid="public-matters"
          dataSource={b?.matters ?? []}
          renderItem={(m) => (
            <List.Item>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{m.title}</Typography.Text>
                  <Tag color={COLOUR[m.state]}>{t(`pn.state.${m.state}`)}</Tag>
                  {m.partners.map((p) => (
                    <Tag key={p}>{p}</Tag>
                  ))}
                  {m.targetDate && <Typography.Text type="secondary">{m.targetDate}</Typography.Text>}
                </Space>
                <Progress
                  percent={m.progress}
                  size="small"
                  aria-label={`${t('pn.progress')} ${m.progress}%`}
                />
                <Updates updates={m.updates} />
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('pn.partnersBoard')} style={{ marginTop: 12 }}>
        <List
          dataSource={b?.partners ?? []}
          renderItem={(p) => (
            <List.Item>
              <Space>
                <Typography.Text>{p.name}</Typography.Text>
                <Tag>{t(`pa.kind.${p.kind}`)}</Tag>
                <Rate disabled value={p.stars} style={{ fontSize: 12 }} aria-label={`${p.stars}`} />
                <Typography.Text type="secondary">{p.points}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
