/**
 * 基层党建先锋指数: the party organisations in scope with their quarterly index and rank, a chart of
 * the index over the quarters, the flagged ones for 整改; scoring a quarter and recording a 整改.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Chart } from '../../app/chart.tsx';
import { beijingYear } from '../../app/format.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getIndex,
  importScores,
  indexExportUrl,
  rectify,
  scoreIndex,
  scoresSheetUrl,
  type IndexOrg,
  type ScoresImport,
} from './creation.api.ts';
import './creation.shared.tsx';

const QUARTERS = [1, 2, 3, 4];
/** The chart draws this many organisations (the best of the latest quarter scored). */
const CHART_LINES = 8;

/** The index page. */
export function IndexPage() {
  const t = useT();
  useDocumentTitle(t('cre.index.title'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [scoring, setScoring] = useState<{ org: IndexOrg; quarter: number } | null>(null);
  const [fixing, setFixing] = useState<{ org: IndexOrg; quarter: number } | null>(null);
  const { can } = useMe();
  const [sheetQuarter, setSheetQuarter] = useState<number>(Math.floor(new Date().getMonth() / 3) + 1);
  const [importing, setImporting] = useState(false);
  const q = useQuery({
    queryKey: ['creation', 'index', year, nodeId],
    queryFn: () => getIndex(year, nodeId),
  });
  const orgs = q.data?.orgs ?? [];
  const latest = Math.max(0, ...QUARTERS.filter((n) => orgs.some((o) => o.quarters[n - 1].index !== null)));
  const ranked = [...orgs].sort(
    (a, b) => (a.quarters[latest - 1]?.rank ?? 1e9) - (b.quarters[latest - 1]?.rank ?? 1e9),
  );
  const flaggedOrgs = ranked.filter((o) => o.quarters.some((x) => x.flagged));
  const charted = [...ranked.slice(0, CHART_LINES - 2), ...flaggedOrgs.slice(-2)].filter(
    (o, i, all) => all.indexOf(o) === i,
  );
  const refresh = () => qc.invalidateQueries({ queryKey: ['creation', 'index'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cre.index.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cre.index.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('cre.year')}
            value={year}
            onChange={setYear}
            options={[beijingYear() - 1, beijingYear()].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          <Button icon={<DownloadOutlined />} href={indexExportUrl(year, nodeId)}>
            {t('cre.export')}
          </Button>
          {can('creation.index.score') && nodeId && (
            <>
              <Select
                aria-label={t('cre.index.quarter')}
                value={sheetQuarter}
                onChange={setSheetQuarter}
                options={QUARTERS.map((n) => ({ value: n, label: `${year}Q${n}` }))}
                style={{ width: 110 }}
              />
              <Button
                icon={<DownloadOutlined />}
                href={scoresSheetUrl(nodeId, year, sheetQuarter)}
                data-testid="cre-scores-sheet"
              >
                {t('cre.index.sheet')}
              </Button>
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="cre-scores-import"
              >
                {t('cre.index.import')}
              </Button>
            </>
          )}
        </Space>
      </Space>
      {latest > 0 && (
        <Card size="small" title={t('cre.index.chart')}>
          <Chart
            height={260}
            testId="cre-index-chart"
            option={{
              tooltip: { trigger: 'axis' },
              legend: { type: 'scroll', bottom: 0 },
              grid: { left: 40, right: 16, top: 16, bottom: 48 },
              xAxis: { type: 'category', data: QUARTERS.map((n) => `${year}Q${n}`) },
              yAxis: { type: 'value', min: 0, max: 100 },
              series: charted.map((o) => ({
                type: 'line',
                name: o.name,
                data: o.quarters.map((x) => x.index),
                markLine: undefined,
              })),
            }}
          />
        </Card>
      )}
      <Table<IndexOrg>
        rowKey="partyOrgId"
        size="small"
        loading={q.isLoading}
        dataSource={ranked}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        data-testid="cre-index"
        columns={[
          { title: t('cre.index.org'), dataIndex: 'name', render: (v: string, o) => `${v}（${o.nodeName}）` },
          ...QUARTERS.map((n) => ({
            title: `Q${n}`,
            key: `q${n}`,
            render: (_: unknown, o: IndexOrg) => {
              const x = o.quarters[n - 1];
              return (
                <Space size={4} wrap>
                  {x.index !== null && (
                    <span title={t('cre.index.rank', { n: x.rank })}>
                      {x.index}（{x.rank}）
                    </span>
                  )}
                  {x.flagged && (
                    <Tag color={x.rectified ? 'green' : 'red'}>
                      {t(x.rectified ? 'cre.index.rectified' : 'cre.index.flagged')}
                    </Tag>
                  )}
                  {x.flagged && !x.rectified && o.canRectify && (
                    <Button size="small" onClick={() => setFixing({ org: o, quarter: n })}>
                      {t('cre.index.rectify')}
                    </Button>
                  )}
                  {o.canScore && (
                    <Button
                      size="small"
                      type="link"
                      aria-label={`${t('cre.index.scoreBtn')} ${o.name} Q${n}`}
                      onClick={() => setScoring({ org: o, quarter: n })}
                    >
                      {t('cre.index.scoreBtn')}
                    </Button>
                  )}
                </Space>
              );
            },
          })),
        ]}
      />
      <FormModal<Record<string, number>>
        open={scoring !== null}
        title={scoring ? `${scoring.org.name} · ${year}Q${scoring.quarter}` : ''}
        onClose={() => setScoring(null)}
        initialValues={scoring ? scoring.org.quarters[scoring.quarter - 1].scores : {}}
        testId="cre-index-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await scoreIndex({
            partyOrgId: scoring!.org.partyOrgId,
            year,
            quarter: scoring!.quarter,
            scores: Object.entries(v)
              .filter(([, s]) => typeof s === 'number')
              .map(([code, score]) => ({ code, score })),
          });
          message.success(t('cre.saved'));
          await refresh();
        }}
      >
        {(q.data?.indicators ?? []).map((i) => (
          <Form.Item
            key={i.code}
            name={i.code}
            label={`${i.name}（${i.weight}）`}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        ))}
      </FormModal>
      {importing && nodeId && (
        <SheetImportModal<ScoresImport['rows'][number]>
          title={`${t('cre.index.import')} · ${year}Q${sheetQuarter}`}
          messages="cre.scoresImport"
          send={importScores(nodeId, year, sheetQuarter)}
          columns={[
            { title: t('cre.index.org'), dataIndex: 'name' },
            { title: t('cre.index.scored'), dataIndex: 'scored' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="cre-scores-import-modal"
        />
      )}
      <FormModal<{ note: string }>
        open={fixing !== null}
        title={fixing ? `${t('cre.index.rectify')} · ${fixing.org.name} · ${year}Q${fixing.quarter}` : ''}
        onClose={() => setFixing(null)}
        testId="cre-rectify-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await rectify({ partyOrgId: fixing!.org.partyOrgId, year, quarter: fixing!.quarter, note: v.note });
          message.success(t('cre.saved'));
          await refresh();
        }}
      >
        <Form.Item name="note" label={t('cre.note')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
