/**
 * The indicator library 共性 + 个性 + 动态 [000]: a quarter's version, added to until the quarter is
 * dispatched, copied into the next quarter, exported and imported as Excel (each bad row reported).
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { ApiError } from '../../app/api.ts';
import {
  DEPT_TYPES,
  DIMENSIONS,
  LAYERS,
  SCORING,
} from '../../../server/modules/assessment/assessment.rules.ts';
import { assessmentApi, type IndicatorInput } from './assessment.api.ts';
import { quarterOfToday, useDistrict, usePageTitle } from './common.tsx';

/** The library page. */
export function IndicatorsPage() {
  const t = useT();
  usePageTitle(t('assessment.indicators'));
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const districtId = useDistrict();
  const [quarter, setQuarter] = useState(quarterOfToday());
  const q = useQuery({
    queryKey: ['assessment', 'indicators', districtId, quarter],
    queryFn: () => assessmentApi.indicators(districtId!, quarter),
    enabled: !!districtId,
  });
  const [form] = Form.useForm<IndicatorInput>();
  const changed = () => void qc.invalidateQueries({ queryKey: ['assessment', 'indicators'] });
  const fail = (e: unknown) =>
    message.error(e instanceof ApiError ? (e.problem.errors?.[0]?.message ?? e.problem.title) : String(e));
  const add = useMutation({
    mutationFn: (v: IndicatorInput) => assessmentApi.addIndicator({ ...v, districtId: districtId!, quarter }),
    onSuccess: () => (message.success(t('assessment.done')), form.resetFields(), changed()),
    onError: fail,
  });
  const del = useMutation({
    mutationFn: assessmentApi.deleteIndicator,
    onSuccess: () => (message.success(t('assessment.done')), changed()),
    onError: fail,
  });
  const imp = useMutation({
    mutationFn: (f: File) => assessmentApi.importIndicators(districtId!, quarter, f),
    onSuccess: (r) => {
      changed();
      if (r.errors.length)
        modal.warning({
          title: t('assessment.import_errors', { n: r.errors.length }),
          content: r.errors
            .slice(0, 20)
            .map((e) => `${e.row} ${e.column}: ${e.reason}`)
            .join('\n'),
        });
      else message.success(t('assessment.imported', { n: r.imported }));
    },
    onError: fail,
  });
  const layer = Form.useWatch('layer', form);
  const editable = q.data?.can.manage && !q.data.frozen;
  return (
    <div data-testid="assessment-indicators">
      <Typography.Title level={4}>{t('assessment.indicators')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          aria-label="quarter"
          value={quarter}
          onChange={(e) => setQuarter(e.target.value.trim())}
          style={{ width: 100 }}
        />
        {q.data?.frozen && <Tag color="blue">{t('assessment.frozen')}</Tag>}
        {districtId && (
          <Button href={assessmentApi.indicatorsXlsx(districtId, quarter)}>{t('assessment.export')}</Button>
        )}
        {editable && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => (imp.mutate(f), false)}>
            <Button loading={imp.isPending}>{t('assessment.import')}</Button>
          </Upload>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        scroll={{ x: true }}
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        columns={[
          {
            title: t('assessment.layer'),
            dataIndex: 'layer',
            render: (v: string) => <Tag>{t(`assessment.layer.${v}`)}</Tag>,
          },
          {
            title: t('assessment.dept_type'),
            dataIndex: 'deptType',
            render: (v: string | null) => (v ? t(`assessment.dept.${v}`) : ''),
          },
          { title: t('assessment.post'), dataIndex: 'post' },
          { title: t('assessment.indicator'), dataIndex: 'name' },
          {
            title: t('assessment.dimension'),
            dataIndex: 'dimension',
            render: (v: string) => t(`assessment.dim.${v}`),
          },
          { title: t('assessment.weight'), dataIndex: 'weight' },
          {
            title: t('assessment.scoring'),
            dataIndex: 'scoring',
            render: (v: string) => t(`assessment.scoring.${v}`),
          },
          ...(editable
            ? [
                {
                  title: t('assessment.actions'),
                  key: 'a',
                  render: (_: unknown, r: { id: string }) => (
                    <Button size="small" danger onClick={() => del.mutate(r.id)}>
                      {t('assessment.delete')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Card size="small" title={t('assessment.add_indicator')} style={{ marginTop: 12 }}>
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => add.mutate(v)}
            initialValues={{
              layer: 'common',
              dimension: 'results',
              weight: 10,
              scoring: 'score',
              maxScore: 100,
              evidenceRequired: false,
            }}
          >
            <Form.Item name="layer" label={t('assessment.layer')}>
              <Select options={LAYERS.map((l) => ({ value: l, label: t(`assessment.layer.${l}`) }))} />
            </Form.Item>
            {layer === 'individual' && (
              <Form.Item name="deptType" label={t('assessment.dept_type')}>
                <Select
                  allowClear
                  options={DEPT_TYPES.map((d) => ({ value: d, label: t(`assessment.dept.${d}`) }))}
                />
              </Form.Item>
            )}
            {layer === 'individual' && (
              <Form.Item name="post" label={t('assessment.post')}>
                <Input />
              </Form.Item>
            )}
            {layer === 'dynamic' && (
              <Form.Item name="personId" label={t('assessment.person_id')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            )}
            <Form.Item name="name" label={t('assessment.indicator')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="dimension" label={t('assessment.dimension')}>
              <Select options={DIMENSIONS.map((d) => ({ value: d, label: t(`assessment.dim.${d}`) }))} />
            </Form.Item>
            <Form.Item name="weight" label={t('assessment.weight')}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="scoring" label={t('assessment.scoring')}>
              <Select options={SCORING.map((d) => ({ value: d, label: t(`assessment.scoring.${d}`) }))} />
            </Form.Item>
            <Form.Item
              name="evidenceRequired"
              label={t('assessment.evidence_required')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('assessment.add')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
