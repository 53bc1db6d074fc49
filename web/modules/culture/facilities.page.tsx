/**
 * The public cultural facilities of the district by kind (with Excel out and in for officers), and
 * the figures with their definitions: m² per 10,000 residents, the 1 km circle, performances and
 * audience by month (a chart), volunteer hours and stars.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  facilitiesExportUrl,
  getFigures,
  importFacilities,
  KINDS,
  listFacilities,
  type Facility,
} from './culture.api.ts';
import { errorText } from './culture.shared.tsx';

/** The facilities page. */
export function FacilitiesPage() {
  const t = useT();
  useDocumentTitle(t('cu.title'));
  const [kind, setKind] = useState<(typeof KINDS)[number] | undefined>();
  const q = useQuery({ queryKey: ['culture', 'facilities', kind], queryFn: () => listFacilities({ kind }) });
  const can = q.data?.can;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cu.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('cu.hint')}</Typography.Text>
      <Tabs
        items={[
          {
            key: 'list',
            label: t('cu.tab.list'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Select
                    aria-label={t('cu.kind')}
                    style={{ width: 180 }}
                    allowClear
                    placeholder={t('cu.kind.all')}
                    value={kind}
                    onChange={setKind}
                    options={KINDS.map((k) => ({ value: k, label: t(`cu.kind.${k}`) }))}
                  />
                  {can?.export && (
                    <Button icon={<DownloadOutlined />} href={facilitiesExportUrl()}>
                      {t('cu.export')}
                    </Button>
                  )}
                  {can?.manage && <ImportButton />}
                </Space>
                <FacilityTable rows={q.data?.facilities ?? []} loading={q.isLoading} />
              </Space>
            ),
          },
          ...(can?.stats ? [{ key: 'figures', label: t('cu.tab.figures'), children: <FiguresView /> }] : []),
        ]}
      />
    </Space>
  );
}

function FacilityTable(props: { rows: Facility[]; loading: boolean }) {
  const t = useT();
  return (
    <Table
      data-testid="cu-facilities"
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.rows}
      scroll={{ x: 720 }}
      columns={[
        { title: t('cu.name'), dataIndex: 'name' },
        {
          title: t('cu.kind'),
          dataIndex: 'kind',
          render: (k: string, f) => (
            <Space size={4}>
              <Tag>{t(`cu.kind.${k}`)}</Tag>
              {f.theme && <Tag color="purple">{t(`cu.theme.${f.theme}`)}</Tag>}
            </Space>
          ),
        },
        { title: t('cu.node'), dataIndex: 'nodeName' },
        { title: t('cu.area'), dataIndex: 'areaM2', align: 'right' },
        { title: t('cu.hours'), render: (_, f) => `${f.opensAt}–${f.closesAt}` },
      ]}
    />
  );
}

function ImportButton() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      beforeUpload={async (file) => {
        try {
          const r = await importFacilities(file, false);
          message.success(t('cu.import.done', { added: r.added, skipped: r.skipped }));
          await qc.invalidateQueries({ queryKey: ['culture'] });
        } catch (e) {
          message.error(errorText(e));
        }
        return false;
      }}
    >
      <Button icon={<UploadOutlined />}>{t('cu.import')}</Button>
    </Upload>
  );
}

function FiguresView() {
  const t = useT();
  const q = useQuery({ queryKey: ['culture', 'figures'], queryFn: () => getFigures({}) });
  const f = q.data;
  if (!f) return null;
  const stat = (title: string, value: number | string | null, def?: string) => (
    <Col xs={12} md={6}>
      <Card size="small">
        <Tooltip title={def}>
          <Statistic title={title} value={value ?? '—'} />
        </Tooltip>
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="cu-figures">
      <Row gutter={[12, 12]}>
        {stat(
          t('cu.fig.per10k'),
          f.m2Per10k.value,
          f.m2Per10k.value === null ? t('cu.fig.none') : f.m2Per10k.definition,
        )}
        {stat(
          t('cu.fig.coverage'),
          f.coverage.value === null ? null : `${f.coverage.value}%`,
          f.coverage.definition,
        )}
        {stat(t('cu.fig.performances'), f.performances)}
        {stat(t('cu.fig.audience'), f.audience)}
        {stat(t('cu.fig.rating'), f.rating)}
        {stat(t('cu.fig.troupes'), `${f.troupes} / ${f.troupeMembers}`)}
        {stat(t('cu.fig.programmes'), f.programmes)}
        {stat(t('cu.fig.hours'), f.volunteerHours)}
      </Row>
      <Space wrap>
        {f.stars.map((s) => (
          <Tag key={s.stars} color="gold">
            {t('cu.fig.stars', { n: s.stars })}：{s.volunteers}
          </Tag>
        ))}
      </Space>
      <Card size="small" title={t('cu.fig.month')}>
        <Chart
          testId="cu-months"
          height={280}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            xAxis: { type: 'category', data: f.months.map((m) => m.month.slice(5)) },
            yAxis: [{ type: 'value' }, { type: 'value' }],
            series: [
              { name: t('cu.fig.performances'), type: 'bar', data: f.months.map((m) => m.performances) },
              {
                name: t('cu.fig.audience'),
                type: 'line',
                yAxisIndex: 1,
                data: f.months.map((m) => m.audience),
              },
            ],
          }}
        />
      </Card>
    </Space>
  );
}
