/**
 * 结对联系 for the branch (seed 001, Beilun): outflowing members not yet paired (pair each with a
 * resident branch member), the pairs with this month's standing (失联风险, red after two months),
 * and the difficulties raised to the branch, closed with what was done. Excel out, bulk pairing in.
 */
import { useState } from 'react';
import { Button, Empty, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { ExportButton, usePageTitle } from './common.tsx';
import {
  createPair,
  exportPairsUrl,
  importPairs,
  listCandidates,
  listHelp,
  listPairs,
  listUnpaired,
  markHelped,
  type Help,
  type Pair,
  type PairImport,
  type Unpaired,
} from './pairing.api.ts';

const RISK_COLOR = { ok: 'green', risk: 'orange', red: 'red' } as const;

/** This month's standing of a pair as a tag. */
export function RiskTag(props: { risk: Pair['risk'] }) {
  const t = useT();
  if (!props.risk) return <Tag>{t('pp.status.ended')}</Tag>;
  return (
    <Tag color={RISK_COLOR[props.risk]} data-testid="pp-risk">
      {t(`pp.risk.${props.risk}`)}
    </Tag>
  );
}

/** Choose the contact member for one outflowing member. */
function PairModal(props: { member: Unpaired | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const memberId = props.member?.memberId;
  const candidates = useQuery({
    queryKey: ['partymembers', 'candidates', memberId],
    queryFn: () => listCandidates(memberId!),
    enabled: !!memberId,
  });
  return (
    <FormModal<{ contactPersonId: string; note?: string }>
      open={!!props.member}
      title={t('pp.pair.title', { name: props.member?.name ?? '' })}
      onClose={props.onClose}
      testId="pp-pair-form"
      onSubmit={async (v) => {
        await createPair({ memberId: memberId!, contactPersonId: v.contactPersonId, note: v.note ?? '' });
        props.onDone();
      }}
    >
      <Form.Item name="contactPersonId" label={t('pp.contact_person')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={candidates.isLoading}
          data-testid="pp-contact-select"
          options={(candidates.data ?? []).map((c) => ({
            value: c.personId,
            label: `${c.name}（${c.partyOrgName}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('pp.note')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}

/** Close a help request with what was done. */
function HelpModal(props: { help: Help | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  return (
    <FormModal<{ note: string }>
      open={!!props.help}
      title={props.help?.need}
      onClose={props.onClose}
      testId="pp-help-form"
      onSubmit={async (v) => {
        await markHelped(props.help!.id, { note: v.note, version: props.help!.version });
        props.onDone();
      }}
    >
      <Form.Item name="note" label={t('pp.help.note')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** The branch's pairing page. */
export function PairingPage() {
  const t = useT();
  usePageTitle(t('pp.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const mayPair = can('partymembers.pair');
  const tab = params.get('tab') ?? (mayPair ? 'unpaired' : 'pairs');
  const [pairing, setPairing] = useState<Unpaired | null>(null);
  const [helping, setHelping] = useState<Help | null>(null);
  const [importing, setImporting] = useState(false);
  const unpaired = useQuery({
    queryKey: ['partymembers', 'unpaired', nodeId],
    queryFn: () => listUnpaired(nodeId),
    enabled: !!nodeId && mayPair,
  });
  const pairs = useQuery({
    queryKey: ['partymembers', 'pairs', nodeId],
    queryFn: () => listPairs({ nodeId, status: 'active', limit: 200 }),
    enabled: !!nodeId,
  });
  const help = useQuery({
    queryKey: ['partymembers', 'help', nodeId],
    queryFn: () => listHelp({ nodeId }),
    enabled: !!nodeId,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['partymembers'] });

  const unpairedTab = (
    <Table<Unpaired>
      rowKey="memberId"
      size="small"
      loading={unpaired.isLoading}
      dataSource={unpaired.data ?? []}
      pagination={false}
      scroll={{ x: 700 }}
      data-testid="pp-unpaired"
      locale={{ emptyText: <Empty description={t('pp.none_unpaired')} /> }}
      columns={[
        { title: t('pp.member'), dataIndex: 'name' },
        { title: t('pp.branch'), dataIndex: 'partyOrgName' },
        { title: t('pp.destination'), dataIndex: 'destination' },
        { title: t('pp.work'), dataIndex: 'work' },
        { title: t('pp.phone'), dataIndex: 'phone' },
        {
          title: '',
          render: (_, r) => (
            <Button size="small" type="primary" onClick={() => setPairing(r)} data-testid="pp-pair">
              {t('pp.pair')}
            </Button>
          ),
        },
      ]}
    />
  );
  const pairsTab = (
    <Table<Pair>
      rowKey="id"
      size="small"
      loading={pairs.isLoading}
      dataSource={pairs.data?.items ?? []}
      pagination={false}
      scroll={{ x: 800 }}
      data-testid="pp-pairs"
      columns={[
        {
          title: t('pp.member'),
          render: (_, r) => <Link to={`/partymembers/pairing/pairs/${r.id}`}>{r.memberName}</Link>,
        },
        { title: t('pp.contact'), dataIndex: 'contactName' },
        { title: t('pp.branch'), dataIndex: 'partyOrgName' },
        { title: t('pp.destination'), dataIndex: 'destination' },
        { title: t('pp.started'), dataIndex: 'startedOn' },
        { title: t('pp.last'), dataIndex: 'lastContact' },
        { title: t('pp.risk'), render: (_, r) => <RiskTag risk={r.risk} /> },
      ]}
    />
  );
  const helpTab = (
    <Table<Help>
      rowKey="id"
      size="small"
      loading={help.isLoading}
      dataSource={help.data ?? []}
      pagination={false}
      scroll={{ x: 700 }}
      data-testid="pp-help"
      locale={{ emptyText: <Empty description={t('pp.help.none')} /> }}
      columns={[
        {
          title: t('pp.member'),
          render: (_, r) => <Link to={`/partymembers/pairing/pairs/${r.pairId}`}>{r.memberName}</Link>,
        },
        { title: t('pp.help'), dataIndex: 'need' },
        { title: '', dataIndex: 'createdAt', render: (v: string) => v.slice(0, 10) },
        {
          title: '',
          render: (_, r) => (
            <Tag color={r.status === 'open' ? 'red' : 'green'}>{t(`pp.help.status.${r.status}`)}</Tag>
          ),
        },
        { title: t('pp.help.note'), dataIndex: 'helpedNote' },
        {
          title: '',
          render: (_, r) =>
            r.can.help && (
              <Button size="small" onClick={() => setHelping(r)} data-testid="pp-help-mark">
                {t('pp.help.mark')}
              </Button>
            ),
        },
      ]}
    />
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pp.title')}
        </Typography.Title>
        <Space wrap>
          {nodeId && can('partymembers.export') && (
            <ExportButton href={exportPairsUrl(nodeId)} label={t('pp.export')} testId="pp-export" />
          )}
          {mayPair && <Button onClick={() => setImporting(true)}>{t('pp.import.open')}</Button>}
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          ...(mayPair
            ? [
                {
                  key: 'unpaired',
                  label: `${t('pp.tab.unpaired')} (${unpaired.data?.length ?? 0})`,
                  children: unpairedTab,
                },
              ]
            : []),
          { key: 'pairs', label: `${t('pp.tab.pairs')} (${pairs.data?.total ?? 0})`, children: pairsTab },
          {
            key: 'help',
            label: `${t('pp.tab.help')} (${(help.data ?? []).filter((h) => h.status === 'open').length})`,
            children: helpTab,
          },
        ]}
      />
      <PairModal member={pairing} onClose={() => setPairing(null)} onDone={refresh} />
      <HelpModal help={helping} onClose={() => setHelping(null)} onDone={refresh} />
      {importing && nodeId && (
        <SheetImportModal<PairImport['rows'][number]>
          title={t('pp.import.title')}
          messages="pp.import"
          send={importPairs(nodeId)}
          columns={[
            { title: t('pp.member'), dataIndex: 'memberName' },
            { title: t('pp.contact'), dataIndex: 'contactName' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Space>
  );
}
