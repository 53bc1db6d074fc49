/**
 * The district-street-community 社会心理服务体系 at a glance: the service points with their counsellors
 * and weekly free hours (Excel out and in; an officer edits a point and its counsellors, or closes it),
 * the year's screening campaigns by group and the 心理援助热线's calls and visits (totals only).
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { HotlineCard } from './hotline.card.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addScreening,
  editPoint,
  importPoints,
  listPoints,
  listScreenings,
  pointsExportUrl,
  POINT_KINDS,
  POPULATIONS,
  type Point,
  type PointEdit,
  type ScreeningInput,
  type Screenings,
} from './psych.api.ts';
import './psych.shared.tsx';

/** The overview page. */
export function PointsPage() {
  const t = useT();
  useDocumentTitle(t('ps.title'));
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const points = useQuery({ queryKey: ['psych', 'points', nodeId], queryFn: () => listPoints(nodeId) });
  const screenings = useQuery({
    queryKey: ['psych', 'screenings', nodeId],
    queryFn: () => listScreenings(nodeId),
  });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Point | null>(null);
  const { message } = App.useApp();
  const manage = !!points.data?.can.manage;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.title')}
      </Typography.Title>
      <Card
        size="small"
        title={t('ps.points')}
        extra={
          <Space>
            {points.data?.can.export && <Button href={pointsExportUrl(nodeId)}>{t('ps.export')}</Button>}
            {manage && nodeId && (
              <Button onClick={() => setImporting(true)} data-testid="ps-import-points">
                {t('ps.importPoints')}
              </Button>
            )}
          </Space>
        }
      >
        <Table<Point>
          rowKey="id"
          size="small"
          data-testid="ps-points"
          pagination={{ pageSize: 50 }}
          loading={points.isLoading}
          dataSource={points.data?.items}
          scroll={{ x: true }}
          columns={[
            { title: t('ps.node'), dataIndex: 'nodeName' },
            { title: t('ps.kind'), render: (_, p) => t(`psych.kind.${p.kind}`) },
            { title: t('ps.name'), dataIndex: 'name' },
            {
              title: t('ps.counsellors'),
              render: (_, p) =>
                p.counsellors.map((c) => `${c.name}（${t('ps.hours', { n: c.weeklyHours })}）`).join('、'),
            },
            ...(manage
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, p: Point) => (
                      <Button
                        size="small"
                        onClick={() => setEditing(p)}
                        aria-label={`${t('ps.editPoint')} ${p.name}`}
                      >
                        {t('ps.editPoint')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('ps.screenings')}
        extra={
          screenings.data?.can.record &&
          nodeId && <Button onClick={() => setAdding(true)}>{t('ps.addScreening')}</Button>
        }
      >
        <Table<Screenings['items'][number]>
          rowKey="id"
          size="small"
          loading={screenings.isLoading}
          dataSource={screenings.data?.items}
          scroll={{ x: true }}
          columns={[
            { title: t('ps.heldOn'), dataIndex: 'heldOn' },
            { title: t('ps.node'), dataIndex: 'nodeName' },
            { title: t('ps.population'), render: (_, s) => t(`psych.population.${s.population}`) },
            { title: t('ps.name'), dataIndex: 'title' },
            { title: t('ps.screened'), dataIndex: 'screened' },
            { title: t('ps.flagged'), dataIndex: 'flagged' },
          ]}
        />
      </Card>
      <HotlineCard nodeId={nodeId} />
      {importing && nodeId && (
        <SheetImportModal<{
          row: number;
          action: 'add' | 'skip';
          place: string;
          name: string;
          counsellors: number;
        }>
          title={t('ps.pimp.title')}
          messages="ps.pimp"
          send={importPoints(nodeId)}
          testId="ps-points-import"
          columns={[
            { title: t('ps.node'), dataIndex: 'place' },
            { title: t('ps.name'), dataIndex: 'name' },
            { title: t('ps.counsellors'), dataIndex: 'counsellors' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['psych'] })}
        />
      )}
      <FormModal<Omit<PointEdit, 'version'>>
        // a fresh form for each point and version: the counsellor list is taken from the row as it is now
        key={editing ? `${editing.id}:${editing.version}` : 'none'}
        open={!!editing}
        title={t('ps.editPoint.title')}
        testId="ps-point-edit"
        testIdOn="form"
        width={640}
        initialValues={
          editing
            ? {
                kind: editing.kind,
                name: editing.name,
                address: editing.address,
                active: true,
                counsellors: editing.counsellors.map((c) => ({
                  id: c.id,
                  name: c.name,
                  weeklyHours: c.weeklyHours,
                })),
              }
            : undefined
        }
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          const r = await editPoint(editing!.id, { ...v, version: editing!.version });
          message.success(t('ps.pointSaved', { n: r.cancelled }));
          await qc.invalidateQueries({ queryKey: ['psych'] });
        }}
      >
        <Form.Item name="kind" label={t('ps.kind')} rules={[{ required: true }]}>
          <Select options={POINT_KINDS.map((k) => ({ value: k, label: t(`psych.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('ps.name')} rules={[{ required: true, max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('ps.address')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.List name="counsellors">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 40 }]}>
                    <Input placeholder={t('ps.counsellor.name')} aria-label={t('ps.counsellor.name')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weeklyHours']} rules={[{ required: true }]}>
                    <InputNumber
                      min={0}
                      max={60}
                      step={0.5}
                      placeholder={t('ps.counsellor.hours')}
                      aria-label={t('ps.counsellor.hours')}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>{t('ps.counsellor.remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ weeklyHours: 2 })}>{t('ps.counsellor.add')}</Button>
            </Space>
          )}
        </Form.List>
        <Form.Item name="active" valuePropName="checked" style={{ marginTop: 16 }}>
          <Checkbox>{t('ps.open')}</Checkbox>
        </Form.Item>
      </FormModal>
      <FormModal<Omit<ScreeningInput, 'nodeId' | 'heldOn'> & { heldOn: dayjs.Dayjs }>
        open={adding}
        title={t('ps.addScreening')}
        initialValues={{ population: 'residents', heldOn: dayjs(), screened: 0, flagged: 0 }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await addScreening({ ...v, nodeId: nodeId!, heldOn: v.heldOn.format('YYYY-MM-DD') });
          await qc.invalidateQueries({ queryKey: ['psych'] });
        }}
      >
        <Form.Item name="population" label={t('ps.population')}>
          <Select options={POPULATIONS.map((p) => ({ value: p, label: t(`psych.population.${p}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('ps.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('ps.heldOn')}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="screened" label={t('ps.screened')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="flagged" label={t('ps.flagged')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
