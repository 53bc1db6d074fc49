/**
 * The roster of community party secretaries under the selected node: each community's secretary
 * (第几届, how appointed, since), vacancies and those due for rotation; appoint, rotate, end a term,
 * a community's history, Excel out and in, the 岗位交流 and 两委换届 records.
 */
import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  appoint,
  endTerm,
  getElections,
  getHistory,
  getRoster,
  getRotations,
  importRoster,
  METHODS,
  recordElection,
  rosterExportUrl,
  rotate,
  type RosterEntry,
  type RosterImport,
} from './secretaries.api.ts';
import { addMessages } from '../../app/i18n.tsx';
import { secretariesMessages } from './secretaries.messages.ts';

addMessages(secretariesMessages);

const END_CHOICES = ['resigned', 'other'] as const;

function History(props: { entry: RosterEntry; onClose: () => void }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['secretaries', 'history', props.entry.nodeId],
    queryFn: () => getHistory(props.entry.nodeId),
  });
  return (
    <Modal
      open
      title={`${props.entry.nodeName} · ${t('sec.history')}`}
      onCancel={props.onClose}
      footer={null}
    >
      <List
        data-testid="sec-history"
        dataSource={q.data ?? []}
        renderItem={(x) => (
          <List.Item>
            <Space wrap>
              <Typography.Text strong>{x.name}</Typography.Text>
              <Tag>{t('sec.termNo.value', { n: x.termNo })}</Tag>
              <Tag color="blue">{t(`sec.method.${x.method}`)}</Tag>
              <Typography.Text type="secondary">
                {x.startedOn} – {x.endedOn ?? t('sec.in_office')}
                {x.endReason && `（${t(`sec.end.${x.endReason}`)}）`}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}

/** The roster page. */
export function RosterPage() {
  const t = useT();
  useDocumentTitle(t('sec.roster.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [onlyVacant, setOnlyVacant] = useState(false);
  const [onlyDue, setOnlyDue] = useState(false);
  const [appointing, setAppointing] = useState<RosterEntry | null>(null);
  const [rotating, setRotating] = useState<RosterEntry | null>(null);
  const [ending, setEnding] = useState<RosterEntry | null>(null);
  const [history, setHistory] = useState<RosterEntry | null>(null);
  const [importing, setImporting] = useState(false);
  const [electing, setElecting] = useState(false);
  const roster = useQuery({ queryKey: ['secretaries', 'roster', nodeId], queryFn: () => getRoster(nodeId) });
  const rotations = useQuery({
    queryKey: ['secretaries', 'rotations', nodeId],
    queryFn: () => getRotations(nodeId),
  });
  const elections = useQuery({
    queryKey: ['secretaries', 'elections', nodeId],
    queryFn: () => getElections(nodeId),
  });
  const entries = useMemo(() => roster.data?.entries ?? [], [roster.data]);
  const shown = entries.filter((e) => (!onlyVacant || e.vacant) && (!onlyDue || e.rotationDue));
  const vacancies = entries.filter((e) => e.vacant);
  const streets = [...new Map(entries.map((e) => [e.streetId, e.streetName])).entries()].filter(
    (s): s is [string, string] => !!s[0],
  );
  const manage = !!roster.data?.can.manage;
  const refresh = () => qc.invalidateQueries({ queryKey: ['secretaries'] });
  const saved = async () => {
    message.success(t('sec.saved'));
    await refresh();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('sec.roster.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('sec.roster.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('secretaries.export') && (
            <Button icon={<DownloadOutlined />} href={rosterExportUrl(nodeId)}>
              {t('sec.export')}
            </Button>
          )}
          {manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="sec-import">
              {t('sec.import')}
            </Button>
          )}
          {roster.data?.can.elect && (
            <Button icon={<PlusOutlined />} onClick={() => setElecting(true)} data-testid="sec-election-new">
              {t('sec.election.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap>
        <Typography.Text data-testid="sec-summary">
          {t('sec.summary', {
            all: entries.length,
            vacant: vacancies.length,
            due: entries.filter((e) => e.rotationDue).length,
          })}
        </Typography.Text>
        <Checkbox checked={onlyVacant} onChange={(e) => setOnlyVacant(e.target.checked)}>
          {t('sec.only_vacant')}
        </Checkbox>
        <Checkbox checked={onlyDue} onChange={(e) => setOnlyDue(e.target.checked)}>
          {t('sec.only_due')}
        </Checkbox>
      </Space>
      <Table<RosterEntry>
        rowKey="nodeId"
        size="small"
        loading={roster.isLoading}
        dataSource={shown}
        data-testid="sec-roster"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('sec.street'), dataIndex: 'streetName' },
          {
            title: t('sec.community'),
            render: (_, e) => (
              <Button type="link" size="small" onClick={() => setHistory(e)} style={{ padding: 0 }}>
                {e.nodeName}
              </Button>
            ),
          },
          { title: t('sec.name'), render: (_, e) => e.term?.name ?? '—' },
          {
            title: t('sec.termNo'),
            render: (_, e) => (e.term ? t('sec.termNo.value', { n: e.term.termNo }) : ''),
          },
          { title: t('sec.method'), render: (_, e) => (e.term ? t(`sec.method.${e.term.method}`) : '') },
          { title: t('sec.startedOn'), render: (_, e) => e.term?.startedOn ?? '' },
          {
            title: t('sec.status'),
            render: (_, e) =>
              e.vacant ? (
                <Tag color="red">{t('sec.vacant')}</Tag>
              ) : e.rotationDue ? (
                <Tag color="orange">{t('sec.due')}</Tag>
              ) : (
                <Tag color="green">{t('sec.in_office')}</Tag>
              ),
          },
          ...(manage
            ? [
                {
                  title: t('sec.actions'),
                  render: (_: unknown, e: RosterEntry) =>
                    e.vacant ? (
                      <Button size="small" onClick={() => setAppointing(e)} data-testid="sec-appoint">
                        {t('sec.appoint')}
                      </Button>
                    ) : (
                      <Space>
                        <Button
                          size="small"
                          type={e.rotationDue ? 'primary' : 'default'}
                          disabled={vacancies.length === 0}
                          onClick={() => setRotating(e)}
                          data-testid="sec-rotate"
                        >
                          {t('sec.rotate')}
                        </Button>
                        <Button size="small" onClick={() => setEnding(e)}>
                          {t('sec.end')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Card size="small" title={t('sec.rotations')}>
        <List
          size="small"
          dataSource={rotations.data ?? []}
          renderItem={(r) => (
            <List.Item>
              {t('sec.rotation.line', {
                date: r.rotatedOn,
                name: r.name,
                from: r.fromNodeName,
                to: r.toNodeName,
              })}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('sec.elections')}>
        <List
          size="small"
          dataSource={elections.data ?? []}
          renderItem={(e) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {t('sec.election.line', { year: e.year, street: e.nodeName, n: e.results.length })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {e.results
                    .map((r) => `${r.nodeName} ${r.name}（${t('sec.termNo.value', { n: r.termNo })}）`)
                    .join('、')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {history && <History entry={history} onClose={() => setHistory(null)} />}
      <FormModal<{ name: string; method: (typeof METHODS)[number]; termNo?: number; startedOn: string }>
        open={!!appointing}
        title={`${t('sec.appoint')} · ${appointing?.nodeName ?? ''}`}
        onClose={() => setAppointing(null)}
        initialValues={{ method: 'assigned', startedOn: beijingDay() }}
        testId="sec-appoint-form"
        onSubmit={async (v) => {
          await appoint({ ...v, nodeId: appointing!.nodeId });
          await saved();
        }}
      >
        <Form.Item name="name" label={t('sec.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="method" label={t('sec.method')} rules={[{ required: true }]}>
          <Select options={METHODS.map((m) => ({ value: m, label: t(`sec.method.${m}`) }))} />
        </Form.Item>
        <Form.Item name="termNo" label={t('sec.termNo')}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('sec.startedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<{ toNodeId: string; rotatedOn: string }>
        open={!!rotating}
        title={`${t('sec.rotate')} · ${rotating?.term?.name ?? ''}（${rotating?.nodeName ?? ''}）`}
        onClose={() => setRotating(null)}
        initialValues={{ rotatedOn: beijingDay() }}
        testId="sec-rotate-form"
        onSubmit={async (v) => {
          await rotate({ ...v, termId: rotating!.term!.id, version: rotating!.term!.version });
          await saved();
        }}
      >
        <Form.Item name="toNodeId" label={t('sec.to_community')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={vacancies.map((e) => ({ value: e.nodeId, label: `${e.streetName} ${e.nodeName}` }))}
          />
        </Form.Item>
        <Form.Item name="rotatedOn" label={t('sec.rotatedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<{ endedOn: string; reason: (typeof END_CHOICES)[number] }>
        open={!!ending}
        title={`${t('sec.end')} · ${ending?.term?.name ?? ''}（${ending?.nodeName ?? ''}）`}
        onClose={() => setEnding(null)}
        initialValues={{ endedOn: beijingDay(), reason: 'resigned' }}
        testId="sec-end-form"
        okDanger
        onSubmit={async (v) => {
          await endTerm(ending!.term!.id, { ...v, version: ending!.term!.version });
          await saved();
        }}
      >
        <Form.Item name="endedOn" label={t('sec.endedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('sec.reason')} rules={[{ required: true }]}>
          <Select options={END_CHOICES.map((r) => ({ value: r, label: t(`sec.end.${r}`) }))} />
        </Form.Item>
      </FormModal>
      <FormModal<{ nodeId: string; year: number; heldOn: string; lines: string }>
        open={electing}
        title={t('sec.election.new')}
        onClose={() => setElecting(false)}
        initialValues={{ year: beijingYear(), heldOn: beijingDay(), nodeId: streets[0]?.[0] }}
        testId="sec-election-form"
        width={640}
        onSubmit={async (v, form) => {
          const results: { nodeId: string; name: string }[] = [];
          const lines = v.lines
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean);
          for (const [i, line] of lines.entries()) {
            const [community, ...rest] = line.split(/\s+/);
            const e = entries.find((x) => x.streetId === v.nodeId && x.nodeName === community);
            if (!e || rest.length === 0) {
              form.setFields([
                { name: 'lines', errors: [t('sec.election.bad_line', { n: i + 1, name: community })] },
              ]);
              throw new Error('bad line');
            }
            results.push({ nodeId: e.nodeId, name: rest.join(' ') });
          }
          await recordElection({ nodeId: v.nodeId, year: v.year, heldOn: v.heldOn, results });
          await saved();
        }}
      >
        <Form.Item name="nodeId" label={t('sec.election.street')} rules={[{ required: true }]}>
          <Select options={streets.map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="year" label={t('sec.election.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('sec.election.heldOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="lines" label={t('sec.election.results')} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<RosterImport['rows'][number]>
          title={t('sec.import.title')}
          messages="sec.import"
          send={importRoster}
          columns={[
            { title: t('sec.community'), dataIndex: 'node' },
            { title: t('sec.name'), dataIndex: 'name' },
            { title: t('sec.termNo'), dataIndex: 'termNo' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="sec-import-dialog"
          applyTestId="sec-import-apply"
        />
      )}
    </Space>
  );
}
