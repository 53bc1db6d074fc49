/** The rounds tab: each round with its groups and units, and the inspection side's buttons (record, issue, import, letter). */
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { FileTextOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { ConfirmButton } from '../../app/confirm-button.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import type { OrgNode } from '../../app/selected-node.tsx';
import { beijingYear } from '../../app/format.ts';
import {
  createRound,
  feedbackUrl,
  getSettings,
  importFindings,
  issueFeedback,
  recordFinding,
  type FindingImport,
  type FindingInput,
  type Round,
  type Unit,
} from './inspections.api.ts';

type RoundForm = {
  year: number;
  number: number;
  kind: 'regular' | 'special';
  topic: string;
  periodStart: string;
  periodEnd: string;
  group?: string;
  leader?: string;
  members?: string;
  units: { nodeId: string }[];
};

/** The rounds in sight with their units. */
export function RoundsTab(props: {
  rounds: Round[];
  loading: boolean;
  newRound: boolean;
  onNewRoundClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [recording, setRecording] = useState<Unit | null>(null);
  const [importing, setImporting] = useState<Round | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['inspections'] });
  const roots = useQuery({
    queryKey: ['org', 'roots'],
    queryFn: (): Promise<OrgNode[]> => client.get('/api/org/roots'),
  });
  const district = roots.data?.find((n) => n.level === 'district') ?? roots.data?.[0];
  const settings = useQuery({
    queryKey: ['inspections', 'settings', district?.id],
    queryFn: () => getSettings(district!.id),
    enabled: !!district,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {!props.rounds.length && !props.loading && <Empty description={t('ins.empty')} />}
      {props.rounds.map((r) => (
        <Card
          key={r.id}
          size="small"
          data-testid="inspection-round"
          title={
            <Space>
              {t('ins.round.label', { year: r.year, number: r.number })}
              <Tag color={r.kind === 'special' ? 'purple' : 'blue'}>{t(`ins.kind.${r.kind}`)}</Tag>
              {r.topic}
            </Space>
          }
          extra={
            r.can.manage && (
              <Button size="small" icon={<UploadOutlined />} onClick={() => setImporting(r)}>
                {t('ins.import')}
              </Button>
            )
          }
        >
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('ins.round.start')}>
              {r.periodStart} ~ {r.periodEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t('ins.round.group')}>
              {r.groups
                .map(
                  (g) =>
                    `${g.name}（${t('ins.round.leader')}：${g.leader}${g.members.length ? `；${g.members.join('、')}` : ''}）`,
                )
                .join('；') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table<Unit>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={r.units}
            columns={[
              { title: t('ins.unit'), dataIndex: 'nodeName' },
              { title: t('ins.round.group'), dataIndex: 'groupName' },
              { title: t('ins.unit.findings'), dataIndex: 'findings' },
              { title: t('ins.unit.rectified'), dataIndex: 'rectified' },
              {
                title: t('ins.unit.overdue'),
                dataIndex: 'overdue',
                render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0),
              },
              {
                title: t('ins.unit.feedback'),
                dataIndex: 'feedbackNo',
                render: (v: string | null) => v ?? <Tag>{t('ins.unit.notIssued')}</Tag>,
              },
              {
                title: '',
                render: (_: unknown, u) => (
                  <Space wrap>
                    {r.can.manage && !u.feedbackNo && (
                      <Button
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => setRecording(u)}
                        data-testid="record-finding"
                      >
                        {t('ins.record')}
                      </Button>
                    )}
                    {r.can.manage && !u.feedbackNo && u.findings > 0 && (
                      <ConfirmButton
                        size="small"
                        type="primary"
                        data-testid="issue-feedback"
                        confirm={t('ins.issue.confirm')}
                        onConfirm={async () => {
                          await issueFeedback(u.id, u.version);
                          await refresh();
                        }}
                      >
                        {t('ins.issue')}
                      </ConfirmButton>
                    )}
                    <Button
                      size="small"
                      icon={<FileTextOutlined />}
                      href={feedbackUrl(u.id)}
                      target="_blank"
                      data-testid="feedback-letter"
                    >
                      {t('ins.letter')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <FormModal<Omit<FindingInput, 'unitId' | 'suggestions'> & { suggestions?: string }>
        open={!!recording}
        title={`${t('ins.record')} · ${recording?.nodeName ?? ''}`}
        onClose={() => setRecording(null)}
        testId="finding-form"
        testIdOn="form"
        initialValues={{ severity: 'general' }}
        onSubmit={async (v) => {
          await recordFinding({
            ...v,
            unitId: recording!.id,
            suggestions: (v.suggestions ?? '')
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          });
          await refresh();
        }}
      >
        <Form.Item name="category" label={t('ins.f.category')} rules={[{ required: true }]}>
          <Select options={(settings.data?.categories ?? []).map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="description" label={t('ins.f.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="evidence" label={t('ins.f.evidence')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="severity" label={t('ins.f.severity')}>
          <Select
            options={(['general', 'serious', 'grave'] as const).map((s) => ({
              value: s,
              label: t(`ins.severity.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="suggestions" label={t('ins.f.suggestions')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<RoundForm>
        open={props.newRound}
        title={t('ins.round.new')}
        onClose={props.onNewRoundClose}
        testId="round-form"
        testIdOn="form"
        width={640}
        initialValues={{ year: beijingYear(), number: 1, kind: 'regular', units: [{ nodeId: '' }] }}
        onSubmit={async (v) => {
          await createRound({
            nodeId: district!.id,
            year: v.year,
            number: v.number,
            kind: v.kind,
            topic: v.topic,
            periodStart: v.periodStart,
            periodEnd: v.periodEnd,
            groups: v.group
              ? [
                  {
                    name: v.group,
                    leader: v.leader ?? '',
                    members: (v.members ?? '').split(/[、,，\s]+/).filter(Boolean),
                  },
                ]
              : [],
            units: v.units
              .filter((u) => u?.nodeId)
              .map((u) => ({ nodeId: u.nodeId, groupName: v.group ?? '' })),
          });
          await refresh();
        }}
      >
        <Space wrap>
          <Form.Item name="year" label={t('ins.round.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="number" label={t('ins.round.number')} rules={[{ required: true }]}>
            <InputNumber min={1} max={99} />
          </Form.Item>
          <Form.Item name="kind" label={t('ins.round.kind')}>
            <Select
              style={{ width: 120 }}
              options={(['regular', 'special'] as const).map((k) => ({
                value: k,
                label: t(`ins.kind.${k}`),
              }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="topic" label={t('ins.round.topic')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="periodStart" label={t('ins.round.start')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="periodEnd" label={t('ins.round.end')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="group" label={t('ins.round.group')}>
            <Input placeholder="区委第一巡察组" />
          </Form.Item>
          <Form.Item name="leader" label={t('ins.round.leader')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="members" label={t('ins.round.members')}>
          <Input />
        </Form.Item>
        <Form.List name="units">
          {(fields, { add }) => (
            <>
              {fields.map((f, i) => (
                <Form.Item
                  key={f.key}
                  name={[f.name, 'nodeId']}
                  label={i === 0 ? t('ins.round.units') : undefined}
                >
                  <NodePicker ariaLabel={`${t('ins.round.units')} ${i + 1}`} />
                </Form.Item>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ nodeId: '' })}>
                {t('ins.round.addUnit')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
      {importing && (
        <SheetImportModal<FindingImport['rows'][number]>
          title={`${t('ins.import.title')} · ${t('ins.round.label', { year: importing.year, number: importing.number })}`}
          messages="ins.import"
          send={importFindings(importing.id)}
          columns={[
            { title: t('ins.unit'), dataIndex: 'unit' },
            { title: t('ins.f.category'), dataIndex: 'category' },
            { title: t('ins.f.description'), dataIndex: 'description', ellipsis: true },
          ]}
          onClose={() => setImporting(null)}
          onApplied={() => refresh()}
        />
      )}
    </Space>
  );
}
