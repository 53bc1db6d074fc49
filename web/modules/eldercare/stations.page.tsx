/** 一老一小 stations on the map with their 15-minute circles, the grids within reach, and a resident's request form. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode, usePageNode } from '../../app/selected-node.tsx';
import { GeoMap, type LatLng } from '../../app/map.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  createStation,
  getReach,
  importStations,
  listStations,
  requestTicket,
  STATION_KINDS,
  stationsExportUrl,
  type Station,
  type StationImport,
  type StationInput,
  type TicketInput,
} from './eldercare.api.ts';

// dark enough for white text (and as text on their light tint): 6:1 or more
const COLOUR: Record<string, string> = { elderly: '#ad2102', infant: '#0958d9', integrated: '#722ed1' };

function ReachLine(props: { id: string }) {
  const t = useT();
  const r = useQuery({ queryKey: ['eldercare', 'reach', props.id], queryFn: () => getReach(props.id) });
  if (!r.data) return null;
  return (
    <Typography.Text type="secondary" data-testid="station-reach">
      {r.data.mapped ? t('ec.reach', { within: r.data.within, mapped: r.data.mapped }) : t('ec.reach.none')}
      {r.data.mapped > 0 && r.data.households !== null && ' · '}
      {r.data.mapped > 0 && r.data.households !== null && (
        <Tooltip title={r.data.householdsDefinition}>
          <span data-testid="station-households" style={{ textDecoration: 'underline dotted' }}>
            {t('ec.reach.households', { n: r.data.households })}
          </span>
        </Tooltip>
      )}
    </Typography.Text>
  );
}

/** Stations under the selected node. */
export function StationsPage() {
  const t = useT();
  usePageTitle(t('ec.stations.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const selected = useSelectedNode().node;
  const qc = useQueryClient();
  const idem = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<LatLng | null>(null);
  const [asking, setAsking] = useState<Station | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useQuery({ queryKey: ['eldercare', 'stations', nodeId], queryFn: () => listStations(nodeId) });
  const stations = list.data ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('ec.stations.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('ec.stations.hint')}</Typography.Text>
        </div>
        <Space>
          {can('eldercare.export') && (
            <Button icon={<DownloadOutlined />} href={stationsExportUrl(nodeId)}>
              {t('ec.export')}
            </Button>
          )}
          {can('eldercare.manage') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="station-import">
              {t('ec.import')}
            </Button>
          )}
          {can('eldercare.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="station-new"
            >
              {t('ec.stations.new')}
            </Button>
          )}
        </Space>
      </Space>
      <GeoMap
        label={t('ec.map')}
        testId="care-map"
        height={360}
        outlines={stations.map((s) => ({
          id: s.id,
          name: `${s.name} ${t('ec.radius', { m: s.radius })}`,
          geojson: s.circle,
          color: COLOUR[s.kind],
        }))}
        points={stations.map((s) => ({
          id: s.id,
          lat: s.lat,
          lng: s.lng,
          title: s.name,
          color: COLOUR[s.kind],
          radius: 8,
        }))}
      />
      <Row gutter={[12, 12]}>
        {stations.map((s) => (
          <Col key={s.id} xs={24} md={12}>
            <Card
              size="small"
              data-testid="station-card"
              title={s.name}
              extra={<Tag color={COLOUR[s.kind]}>{t(`ec.kind.${s.kind}`)}</Tag>}
            >
              <Space orientation="vertical" size={2}>
                <Typography.Text>
                  {s.nodeName} · {s.address}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {s.openingHours} · {t('ec.radius', { m: s.radius })}
                </Typography.Text>
                <Space wrap>
                  {s.services.map((x) => (
                    <Tag key={x}>{x}</Tag>
                  ))}
                </Space>
                <ReachLine id={s.id} />
                {s.can.request && (
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => setAsking(s)}
                    data-testid="ticket-request"
                  >
                    {t('ec.request')}
                  </Button>
                )}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {importing && (
        <SheetImportModal<StationImport['rows'][number]>
          title={t('ec.import.title')}
          messages="ec.import"
          send={importStations}
          columns={[
            { title: t('ec.import.node'), dataIndex: 'node' },
            { title: t('ec.field.kind'), render: (_, r) => t(`ec.kind.${r.kind}`) },
            { title: t('ec.field.name'), dataIndex: 'name' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['eldercare'] })}
          testId="station-import-dialog"
          applyTestId="station-import-apply"
        />
      )}
      <FormModal<
        Omit<StationInput, 'lat' | 'lng' | 'nodeId' | 'services'> & { services?: string; nodeId?: string }
      >
        open={open}
        title={t('ec.stations.new')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'elderly', minutes: 15, nodeId }}
        testId="station-form"
        onSubmit={async (v) => {
          const at = picked ?? { lat: 22.5431, lng: 114.0579 };
          await createStation({
            ...v,
            nodeId: v.nodeId ?? nodeId!,
            lat: at.lat,
            lng: at.lng,
            services: (v.services ?? '')
              .split(/[,，、\s]+/)
              .map((x) => x.trim())
              .filter(Boolean),
          });
          await qc.invalidateQueries({ queryKey: ['eldercare'] });
        }}
      >
        <Form.Item name="nodeId" label={t('lk.node')} rules={[{ required: true }]}>
          <NodePicker initial={selected} />
        </Form.Item>
        <Form.Item name="kind" label={t('ec.field.kind')}>
          <Select options={STATION_KINDS.map((k) => ({ value: k, label: t(`ec.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('ec.field.name')} rules={[{ required: true }]}>
          <Input data-testid="station-name" />
        </Form.Item>
        <Form.Item name="address" label={t('ec.field.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="minutes" label={t('ec.field.minutes')}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Form.Item name="services" label={t('ec.field.services')}>
          <Input placeholder="助餐、助浴、日间照料" />
        </Form.Item>
        <Form.Item name="openingHours" label={t('ec.field.hours')}>
          <Input />
        </Form.Item>
        <Form.Item label={t('ec.field.place')}>
          <GeoMap label={t('ec.field.place')} height={220} picked={picked} onPick={setPicked} locate />
        </Form.Item>
      </FormModal>
      <FormModal<Omit<TicketInput, 'stationId'>>
        open={!!asking}
        title={`${t('ec.request')} · ${asking?.name ?? ''}`}
        onClose={() => setAsking(null)}
        testId="ticket-form"
        initialValues={{ service: asking?.services[0] }}
        onSubmit={async (v) => {
          const r = await requestTicket({ ...v, stationId: asking!.id }, idem.get());
          idem.done();
          message.success(t('ec.ticket.created', { number: r.number }));
          await qc.invalidateQueries({ queryKey: ['eldercare'] });
        }}
      >
        <Form.Item name="service" label={t('ec.ticket.service')} rules={[{ required: true }]}>
          <Select
            data-testid="ticket-service"
            options={(asking?.services.length ? asking.services : ['上门探访']).map((x) => ({
              value: x,
              label: x,
            }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('ec.ticket.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="ticket-description" />
        </Form.Item>
        <Form.Item name="contactName" label={t('ec.ticket.contact')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('ec.ticket.phone')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
