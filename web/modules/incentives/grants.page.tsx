/** Incentive records of the units in scope with the year's figures by area and month, and the unit's proposal form. */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  AREAS,
  getCatalogue,
  getFigures,
  grantsExportUrl,
  listCadres,
  listCommendations,
  listGrants,
  proposeGrant,
  type GrantInput,
  type GrantRow,
} from './incentives.api.ts';
import { StateTag, thisYear } from './incentives.shared.tsx';

/** The records page. */
export function GrantsPage() {
  const t = useT();
  useDocumentTitle(t('inc.title'));
  const qc = useQueryClient();
  const nav = useNavigate();
  const [year, setYear] = useState(thisYear());
  const [proposing, setProposing] = useState(false);
  const idem = useIdempotencyKey();
  const grants = useQuery({ queryKey: ['incentives', 'grants', year], queryFn: () => listGrants(year) });
  const figures = useQuery({ queryKey: ['incentives', 'figures', year], queryFn: () => getFigures(year) });
  const f = figures.data;
  const g = grants.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inc.title')}
        </Typography.Title>
        <Space wrap>
          <InputNumber
            aria-label={t('inc.year')}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => v && setYear(v)}
          />
          <Link to="/incentives/rests">{t('inc.rests')}</Link>
          <Link to="/incentives/measures">{t('inc.measures')}</Link>
          {g?.can.export && <a href={grantsExportUrl(year)}>{t('inc.export')}</a>}
          {g?.can.propose && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setProposing(true)}
              data-testid="inc-propose"
            >
              {t('inc.propose')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('inc.hint')}</Typography.Paragraph>
      {f && (
        <Card size="small" title={t('inc.figures')}>
          <Row gutter={16}>
            {f.byArea.map((a) => (
              <Col key={a.area} xs={12} md={3}>
                <Statistic title={t(`inc.a.${a.area}`)} value={a.grants} />
              </Col>
            ))}
            <Col xs={12} md={3}>
              <Statistic title={t('inc.cadres')} value={f.cadres} />
            </Col>
            <Col xs={12} md={3}>
              <Statistic title={t('inc.restTaken')} value={f.restDays} />
            </Col>
            <Col xs={12} md={3}>
              <Statistic title={t('inc.careRecords')} value={f.careRecords} />
            </Col>
            <Col xs={12} md={3}>
              <Statistic title={t('inc.talks')} value={f.talks} />
            </Col>
          </Row>
          <Chart
            testId="inc-chart"
            height={240}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: {
                type: 'category',
                data: Array.from({ length: 12 }, (_, i) => t('inc.month', { month: i + 1 })),
              },
              yAxis: { type: 'value', minInterval: 1 },
              series: AREAS.map((area) => ({
                type: 'bar' as const,
                stack: 'all',
                name: t(`inc.a.${area}`),
                data: Array.from(
                  { length: 12 },
                  (_, i) => f.byMonth.find((m) => m.area === area && m.month === i + 1)?.grants ?? 0,
                ),
              })),
            }}
          />
        </Card>
      )}
      <Table<GrantRow>
        rowKey="id"
        size="small"
        loading={grants.isLoading}
        dataSource={g?.items ?? []}
        onRow={(r) => ({ onClick: () => nav(`/incentives/grants/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('inc.unit'), dataIndex: 'nodeName' },
          {
            title: t('inc.name'),
            dataIndex: 'personName',
            render: (v: string, r) => <Link to={`/incentives/grants/${r.id}`}>{v}</Link>,
          },
          { title: t('inc.area'), dataIndex: 'area', render: (v: string) => t(`inc.a.${v}`) },
          { title: t('inc.measure'), dataIndex: 'measureName' },
          { title: t('inc.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
          { title: t('inc.decisionNo'), key: 'decisionNo', render: (_, r) => r.decisionNo },
        ]}
      />
      {proposing && (
        <ProposeModal
          year={year}
          onClose={() => setProposing(false)}
          onSubmit={async (v) => {
            const r = await proposeGrant(v, idem.get());
            idem.done();
            await qc.invalidateQueries({ queryKey: ['incentives'] });
            nav(`/incentives/grants/${r.id}`);
          }}
        />
      )}
    </Space>
  );
}

function ProposeModal(props: {
  year: number;
  onClose: () => void;
  onSubmit: (v: GrantInput) => Promise<void>;
}) {
  const t = useT();
  const cadres = useQuery({ queryKey: ['incentives', 'cadres'], queryFn: listCadres });
  const cat = useQuery({ queryKey: ['incentives', 'catalogue'], queryFn: getCatalogue });
  return (
    <FormModal<GrantInput>
      open
      title={t('inc.propose')}
      testId="inc-propose-form"
      testIdOn="form"
      initialValues={{ year: props.year }}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      <Form.Item name="personId" label={t('inc.cadre')} rules={[{ required: true }]}>
        <Select
          data-testid="inc-cadre"
          showSearch
          optionFilterProp="label"
          options={(cadres.data ?? []).map((c) => ({
            value: c.personId,
            label: `${c.name} · ${c.unitName} · ${c.post}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="measureCode" label={t('inc.measure')} rules={[{ required: true }]}>
        <Select
          data-testid="inc-measure"
          showSearch
          optionFilterProp="label"
          options={(cat.data?.measures ?? [])
            .filter((m) => m.active)
            .map((m) => ({ value: m.code, label: `${t(`inc.a.${m.area}`)} · ${m.name}` }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t('inc.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} precision={0} />
      </Form.Item>
      <Form.Item name="reason" label={t('inc.reason')} rules={[{ required: true, max: 1000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <OrderField />
      <Form.Item name="sourceRef" label={t('inc.sourceRef')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

/** The 嘉奖令 the proposal follows: those issued for the chosen cadre or their unit (the tasks module's). */
function OrderField() {
  const t = useT();
  const personId = Form.useWatch<string | undefined>('personId');
  const orders = useQuery({
    queryKey: ['incentives', 'commendations', personId],
    queryFn: () => listCommendations(personId!),
    enabled: !!personId,
  });
  return (
    <Form.Item name="orderId" label={t('inc.order')} extra={t('inc.orderHint')}>
      <Select
        data-testid="inc-order"
        allowClear
        disabled={!personId}
        loading={orders.isFetching}
        notFoundContent={t('inc.orderNone')}
        options={(orders.data ?? []).map((o) => ({
          value: o.orderId,
          label: `${o.number ?? ''} · ${o.taskTitle} · ${o.issuedOn}`,
        }))}
      />
    </Form.Item>
  );
}
