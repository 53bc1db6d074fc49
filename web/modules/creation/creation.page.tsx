/**
 * 示范创建: the district's programmes with their standards, and the declarations and titles under
 * the selected node by year (level, state, scores, 公示 number, 复核 date); titles named per level
 * as a chart; declaring a level, defining a programme, Excel out.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  LEVELS,
  createProgramme,
  declarationsExportUrl,
  declare,
  listDeclarations,
  listProgrammes,
  standardExportUrl,
  type DeclarationInput,
  type DeclarationRow,
  type Programme,
} from './creation.api.ts';
import { StateTag } from './creation.shared.tsx';

type ProgrammeForm = {
  name: string;
  passPct: number;
  publicityDays: number;
  renewYears: number;
  lines: string;
};

/** The programmes and declarations page. */
export function CreationPage() {
  const t = useT();
  useDocumentTitle(t('cre.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [programmeId, setProgrammeId] = useState<string | undefined>();
  const [declaring, setDeclaring] = useState(false);
  const [defining, setDefining] = useState(false);
  const programmes = useQuery({ queryKey: ['creation', 'programmes'], queryFn: listProgrammes });
  const q = { nodeId, year, programmeId };
  const list = useQuery({ queryKey: ['creation', 'declarations', q], queryFn: () => listDeclarations(q) });
  const can = programmes.data?.can;
  const items = list.data?.items ?? [];
  const units = (me?.grants ?? []).filter((g) => ['community_officer', 'dept_officer'].includes(g.role));
  const district = (me?.grants ?? []).find((g) => g.role === 'org_officer');
  const named = LEVELS.map((l) => items.filter((i) => i.level === l && i.state === 'named').length);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cre.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cre.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('cre.year')}
            value={year}
            onChange={setYear}
            options={[beijingYear() - 1, beijingYear()].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          <Select
            aria-label={t('cre.programme')}
            allowClear
            placeholder={t('cre.programme')}
            value={programmeId}
            onChange={setProgrammeId}
            options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            style={{ width: 200 }}
          />
          {can?.declare && units.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDeclaring(true)}
              data-testid="cre-declare"
            >
              {t('cre.declare')}
            </Button>
          )}
          {can?.export && (
            <Button icon={<DownloadOutlined />} href={declarationsExportUrl(q)}>
              {t('cre.export')}
            </Button>
          )}
        </Space>
      </Space>
      <Card
        size="small"
        title={t('cre.programmes')}
        extra={
          can?.manage && district ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDefining(true)}>
              {t('cre.newProgramme')}
            </Button>
          ) : null
        }
      >
        <Table<Programme>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={programmes.data?.items ?? []}
          data-testid="cre-programmes"
          columns={[
            { title: t('cre.name'), dataIndex: 'name' },
            { title: t('cre.indicators'), dataIndex: 'indicators', align: 'right' },
            { title: t('cre.points'), dataIndex: 'points', align: 'right' },
            { title: t('cre.passPct'), dataIndex: 'passPct', align: 'right' },
            { title: t('cre.renewYears'), dataIndex: 'renewYears', align: 'right' },
            {
              title: t('cre.exportStandard'),
              key: 'x',
              render: (_: unknown, p) => (
                <a href={standardExportUrl(p.id)} aria-label={`${t('cre.exportStandard')} ${p.name}`}>
                  <DownloadOutlined />
                </a>
              ),
            },
          ]}
        />
      </Card>
      {named.some((n) => n > 0) && (
        <Card size="small" title={t('cre.chart')}>
          <Chart
            height={200}
            testId="cre-named-chart"
            option={{
              tooltip: {},
              grid: { left: 40, right: 16, top: 16, bottom: 24 },
              xAxis: { type: 'category', data: LEVELS.map((l) => t(`cre.l.${l}`)) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: named }],
            }}
          />
        </Card>
      )}
      <Table<DeclarationRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        data-testid="cre-declarations"
        columns={[
          {
            title: t('cre.node'),
            dataIndex: 'nodeName',
            render: (v: string, r) => <Link to={`/creation/declarations/${r.id}`}>{v}</Link>,
          },
          { title: t('cre.programme'), dataIndex: 'programmeName' },
          { title: t('cre.level'), dataIndex: 'level', render: (v: string) => t(`cre.l.${v}`) },
          { title: t('cre.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
          { title: t('cre.selfTotal'), dataIndex: 'selfTotal', align: 'right' },
          { title: t('cre.reviewTotal'), dataIndex: 'reviewTotal', align: 'right' },
          { title: t('cre.publicityNo'), dataIndex: 'publicityNo' },
          {
            title: t('cre.expiresOn'),
            dataIndex: 'expiresOn',
            render: (v: string | null, r) =>
              v ? (
                <Space size={4}>
                  {v}
                  {r.titleStatus && r.titleStatus !== 'valid' && (
                    <Tag>{t(`cre.status.${r.titleStatus}`)}</Tag>
                  )}
                </Space>
              ) : null,
          },
        ]}
      />
      <FormModal<DeclarationInput>
        open={declaring}
        title={t('cre.declare')}
        onClose={() => setDeclaring(false)}
        initialValues={{ nodeId: units[0]?.nodeId, level: 'district', programmeId }}
        testId="cre-declare-form"
        testIdOn="form"
        onSubmit={async (v) => {
          const r = await declare(v);
          message.success(t('cre.saved'));
          await qc.invalidateQueries({ queryKey: ['creation'] });
          void navigate(`/creation/declarations/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('cre.node')} rules={[{ required: true }]}>
          <Select options={units.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="programmeId" label={t('cre.programme')} rules={[{ required: true }]}>
          <Select
            data-testid="cre-declare-programme"
            options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="level" label={t('cre.level')} rules={[{ required: true }]}>
          <Select
            data-testid="cre-declare-level"
            options={LEVELS.map((l) => ({ value: l, label: t(`cre.l.${l}`) }))}
          />
        </Form.Item>
      </FormModal>
      <FormModal<ProgrammeForm>
        open={defining}
        title={t('cre.newProgramme')}
        onClose={() => setDefining(false)}
        initialValues={{ passPct: 80, publicityDays: 7, renewYears: 3 }}
        testId="cre-programme-form"
        testIdOn="form"
        onSubmit={async (v) => {
          const indicators = v.lines
            .split('\n')
            .map((l) => l.split(/[,，]/))
            .filter((p) => p[0]?.trim())
            .map((p) => ({ name: p[0].trim(), points: Number(p[1]), guide: '' }));
          await createProgramme({ nodeId: district!.nodeId, ...v, description: '', indicators });
          message.success(t('cre.saved'));
          await qc.invalidateQueries({ queryKey: ['creation'] });
        }}
      >
        <Form.Item name="name" label={t('cre.name')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="passPct" label={t('cre.passPct')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="publicityDays" label={t('cre.publicityDays')} rules={[{ required: true }]}>
          <InputNumber min={0} max={30} precision={0} />
        </Form.Item>
        <Form.Item name="renewYears" label={t('cre.renewYears')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="lines" label={t('cre.standard')} rules={[{ required: true }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
