/** 三联三领: the register of links (officers keep it), and one link's items with their progress (linkers report). */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { usePageTitle } from '../council/common.tsx';
import { FiguresStrip } from './common.tsx';
import {
  addItem,
  createLink,
  endLink,
  getLink,
  LINK_KINDS,
  linksExportUrl,
  listLinks,
  moveItem,
  type Item,
  type ItemMove,
  type LinkInput,
} from './linkage.api.ts';

const STATE_COLOUR: Record<Item['state'], string> = {
  planned: 'default',
  in_progress: 'blue',
  done: 'green',
  dropped: 'default',
};
const day = (v: unknown) =>
  v && typeof v === 'object' && 'format' in v
    ? (v as { format: (f: string) => string }).format('YYYY-MM-DD')
    : undefined;

/** The link register under the selected node. */
export function LinksPage() {
  const t = useT();
  usePageTitle(t('lk.links.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const selected = useSelectedNode().node;
  const qc = useQueryClient();
  const [kind, setKind] = useState<string>('all');
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['linkage', 'links', nodeId], queryFn: () => listLinks(nodeId) });
  const rows = (list.data ?? []).filter((l) => kind === 'all' || l.kind === kind);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('lk.links.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('lk.links.hint')}</Typography.Text>
        </div>
        <Space>
          {can('linkage.export') && (
            <Button icon={<DownloadOutlined />} href={linksExportUrl(nodeId)} data-testid="links-export">
              {t('lk.export')}
            </Button>
          )}
          {can('linkage.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="link-new"
            >
              {t('lk.links.new')}
            </Button>
          )}
        </Space>
      </Space>
      <FiguresStrip nodeId={nodeId} show={['links', 'items']} />
      <Tabs
        activeKey={kind}
        onChange={setKind}
        items={['all', ...LINK_KINDS].map((k) => ({ key: k, label: t(`lk.kind.${k}`) }))}
      />
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('lk.field.node'), dataIndex: 'nodeName' },
          { title: t('lk.field.kind'), dataIndex: 'kind', render: (k: string) => t(`lk.kind.${k}`) },
          {
            title: t('lk.field.linker'),
            dataIndex: 'linkerName',
            render: (v: string, r) => (
              <Link to={`/linkage/links/${r.id}`} data-testid="link-row">
                {v}
              </Link>
            ),
          },
          { title: t('lk.field.unit'), dataIndex: 'linkerUnit' },
          { title: t('lk.field.started'), dataIndex: 'startedOn' },
          {
            title: t('lk.field.ended'),
            dataIndex: 'endedOn',
            render: (v: string | null) => v && <Tag data-testid="link-ended">{v}</Tag>,
          },
          { title: t('lk.field.items'), render: (_: unknown, r) => `${r.done}/${r.items}` },
        ]}
      />
      <FormModal<LinkInput & { started: unknown }>
        open={open}
        title={t('lk.links.new')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'leader', nodeId }}
        testId="link-form"
        onSubmit={async (v) => {
          const { started, ...rest } = v;
          await createLink({
            ...rest,
            nodeId: rest.nodeId ?? nodeId!,
            startedOn: day(started) ?? new Date().toISOString().slice(0, 10),
          });
          await qc.invalidateQueries({ queryKey: ['linkage'] });
        }}
      >
        <Form.Item name="nodeId" label={t('lk.node')} rules={[{ required: true }]}>
          <NodePicker initial={selected} />
        </Form.Item>
        <Form.Item name="kind" label={t('lk.field.kind')}>
          <Select options={LINK_KINDS.map((k) => ({ value: k, label: t(`lk.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="linkerName" label={t('lk.field.linker')} rules={[{ required: true }]}>
          <Input data-testid="linker-name" />
        </Form.Item>
        <Form.Item name="linkerUnit" label={t('lk.field.unit')}>
          <Input />
        </Form.Item>
        <Form.Item name="started" label={t('lk.field.started')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One link: its items, with the buttons the actor may press. */
export function LinkPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const link = useQuery({ queryKey: ['linkage', 'link', id], queryFn: () => getLink(id!) });
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<{ item: Item; action: ItemMove['action'] } | null>(null);
  const [ending, setEnding] = useState(false);
  usePageTitle(link.data?.linkerName ?? t('lk.links.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['linkage'] });
  const l = link.data;
  if (!l) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {l.nodeName} · {l.linkerName}
      </Typography.Title>
      <Space wrap>
        <Typography.Text type="secondary">
          {t(`lk.kind.${l.kind}`)} · {l.linkerUnit} · {l.startedOn}
        </Typography.Text>
        {l.endedOn ? (
          <Tag data-testid="link-ended">{t('lk.links.endedOn', { day: l.endedOn })}</Tag>
        ) : (
          l.can.manage && (
            <Button danger size="small" onClick={() => setEnding(true)} data-testid="link-end">
              {t('lk.links.end')}
            </Button>
          )
        )}
      </Space>
      <Card
        size="small"
        title={t('lk.items.title')}
        extra={
          l.can.addItem && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="item-new">
              {t('lk.items.new')}
            </Button>
          )
        }
      >
        {l.items.map((i) => (
          <Card key={i.id} size="small" style={{ marginBottom: 8 }} data-testid="item-row">
            <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
              <Space>
                <Typography.Text strong>{i.title}</Typography.Text>
                <Tag color={STATE_COLOUR[i.state]} data-testid="item-state">
                  {t(`lk.state.${i.state}`)}
                </Tag>
                {i.overdue && <Tag color="red">{t('lk.items.overdue')}</Tag>}
                {i.dueOn && <Typography.Text type="secondary">{i.dueOn}</Typography.Text>}
              </Space>
              <StepButtons
                steps={i.actions}
                messages="lk.move"
                testId="move"
                onPick={(a) => setMoving({ item: i, action: a })}
              />
            </Space>
            <Progress percent={i.progress} size="small" aria-label={t('lk.items.progress')} />
            {i.note && <Typography.Paragraph type="secondary">{i.note}</Typography.Paragraph>}
          </Card>
        ))}
      </Card>
      <FormModal<{ title: string; detail?: string; due?: unknown }>
        open={adding}
        title={t('lk.items.new')}
        onClose={() => setAdding(false)}
        testId="item-form"
        onSubmit={async (v) => {
          await addItem(l.id, { title: v.title, detail: v.detail, dueOn: day(v.due) });
          await refresh();
        }}
      >
        <Form.Item name="title" label={t('lk.items.field.title')} rules={[{ required: true }]}>
          <Input data-testid="item-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('lk.items.field.detail')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="due" label={t('lk.items.field.due')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ ended?: unknown }>
        open={ending}
        title={t('lk.links.end')}
        onClose={() => setEnding(false)}
        okDanger
        testId="end-form"
        onSubmit={async (v) => {
          await endLink(l.id, day(v.ended) ?? new Date().toISOString().slice(0, 10));
          message.success(t('lk.saved'));
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('lk.links.endHint')}</Typography.Paragraph>
        <Form.Item name="ended" label={t('lk.field.ended')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ progress?: number; note?: string }>
        open={!!moving}
        title={moving ? t(`lk.move.${moving.action}`) : ''}
        onClose={() => setMoving(null)}
        initialValues={{ progress: moving?.item.progress }}
        testId="move-form"
        onSubmit={async (v) => {
          if (!moving) return;
          try {
            await moveItem(moving.item.id, {
              action: moving.action,
              progress: v.progress,
              note: v.note,
              version: moving.item.version,
            });
            message.success(t('lk.saved'));
          } catch (e) {
            reportError(e);
          }
          await refresh();
        }}
      >
        {(moving?.action === 'progress' || moving?.action === 'start') && (
          <Form.Item name="progress" label={t('lk.items.progress')}>
            <InputNumber min={0} max={99} addonAfter="%" data-testid="move-progress" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('lk.items.note')}>
          <Input.TextArea rows={2} data-testid="move-note" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
