/**
 * 党建指导员: the roster under the selected node (sent where, visits this quarter, last visit),
 * the coverage of the organisations (with an instructor or without) and visits per quarter;
 * adding an instructor, the roster in and out of Excel.
 */
import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import {
  createInstructor,
  getCoverage,
  importInstructors,
  instructorsExportUrl,
  listInstructors,
  type InstructorInput,
  type InstructorRow,
} from './socialorgs.api.ts';
import { Heading, ImportButton } from './shared.tsx';

/** The roster and coverage page. */
export function InstructorsPage() {
  const t = useT();
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['socialorgs', 'instructors', nodeId],
    queryFn: () => listInstructors(nodeId),
  });
  const cov = useQuery({ queryKey: ['socialorgs', 'coverage', nodeId], queryFn: () => getCoverage(nodeId) });
  const can = list.data?.can;
  const places = (me?.grants ?? []).filter((g) => ['street_officer', 'org_officer'].includes(g.role));
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialorgs'] });
  const bare = (cov.data?.orgs ?? []).filter((o) => o.instructors.length === 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Heading title={t('sos.instructors')} hint={t('sos.instructors.hint')}>
        {can?.manage && places.length > 0 && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="sos-new-instructor"
          >
            {t('sos.new')}
          </Button>
        )}
        {can?.export && (
          <Button icon={<DownloadOutlined />} href={instructorsExportUrl(nodeId)}>
            {t('sos.export')}
          </Button>
        )}
        {can?.manage && places.length > 0 && (
          <ImportButton send={(f) => importInstructors(places[0].nodeId, f)} onDone={refresh} />
        )}
      </Heading>
      {cov.data && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Card size="small" title={t('sos.coverage')} data-testid="sos-coverage">
              <Space size="large">
                <Statistic title={t('sos.covered', { n: '' })} value={cov.data.covered} />
                <Statistic title={t('sos.uncovered', { n: '' })} value={cov.data.uncovered} />
              </Space>
            </Card>
          </Col>
          <Col xs={24} md={16}>
            <Card size="small" title={t('sos.visitsPerQuarter')}>
              <Chart
                height={140}
                testId="sos-visits-chart"
                option={{
                  tooltip: {},
                  grid: { left: 40, right: 16, top: 12, bottom: 24 },
                  xAxis: { type: 'category', data: cov.data.quarters.map((q) => q.quarter) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [{ type: 'bar', data: cov.data.quarters.map((q) => q.visits) }],
                }}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Table<InstructorRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 20 }}
        data-testid="sos-roster"
        columns={[
          {
            title: t('sos.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/socialorgs/instructors/${r.id}`}>{v}</Link>,
          },
          { title: t('sos.unit'), dataIndex: 'unit' },
          { title: t('sos.phone'), dataIndex: 'phone' },
          { title: t('sos.node'), dataIndex: 'nodeName' },
          {
            title: t('sos.postedTo'),
            dataIndex: 'postedTo',
            render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>),
          },
          {
            title: t('sos.visitsQuarter'),
            key: 'visits',
            align: 'right',
            render: (_: unknown, r) =>
              r.visitsThisQuarter === 0 ? <Tag color="orange">0</Tag> : r.visitsThisQuarter,
          },
          { title: t('sos.lastVisit'), dataIndex: 'lastVisitOn' },
        ]}
      />
      <Card size="small" title={t('sos.uncovered', { n: bare.length })}>
        <Table
          rowKey="id"
          size="small"
          dataSource={cov.data?.orgs ?? []}
          pagination={{ pageSize: 10 }}
          data-testid="sos-coverage-orgs"
          columns={[
            { title: t('sos.org'), dataIndex: 'name' },
            { title: t('sos.node'), dataIndex: 'nodeName' },
            {
              title: t('sos.instructors'),
              dataIndex: 'instructors',
              render: (v: string[]) => (v.length ? v.join('、') : <Tag color="red">{t('sos.none')}</Tag>),
            },
          ]}
        />
      </Card>
      <FormModal<InstructorInput>
        open={open}
        title={t('sos.instructors')}
        onClose={() => setOpen(false)}
        initialValues={{ nodeId: places[0]?.nodeId }}
        testId="sos-instructor-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await createInstructor(v);
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('sos.node')} rules={[{ required: true }]}>
          <Select options={places.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="name" label={t('sos.name')} rules={[{ required: true, max: 30 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unit" label={t('sos.unit')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('sos.phone')} rules={[{ max: 20 }]}>
          <Input inputMode="tel" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
