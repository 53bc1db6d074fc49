/**
 * The year's responsibility lists under the selected node: each organisation's and post's items,
 * done, overdue (red) and completion rate, a chart of the organisations' rates; the office makes the
 * year's lists from the templates; the items go out to Excel.
 */
import { App, Button, InputNumber, Progress, Space, Table, Tag, Typography, Empty } from 'antd';
import { DownloadOutlined, FileAddOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { beijingYear } from '../../app/format.ts';
import { addMessages, useLang, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getLists, instantiate, itemsExportUrl, type ListSummary } from './dutylists.api.ts';
import { dutylistsMessages, KIND_LABELS } from './dutylists.messages.ts';

addMessages(dutylistsMessages);

/** The label of an organisation kind or post in the user's language. */
export function useKindLabel() {
  const { lang } = useLang();
  return (k: string) => KIND_LABELS[k]?.[lang] ?? k;
}

/** The lists page. */
export function ListsPage() {
  const t = useT();
  const kind = useKindLabel();
  useDocumentTitle(t('dl.title'));
  const { message } = App.useApp();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [year, setYear] = useState(beijingYear());
  const q = useQuery({
    queryKey: ['dutylists', 'lists', year, nodeId],
    queryFn: () => getLists(year, nodeId),
  });
  const lists = q.data?.lists ?? [];
  const orgs = lists.filter((l) => l.target === 'org' && l.completion !== null).slice(0, 40);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dl.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dl.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <span>{t('dl.year')}</span>
          <InputNumber
            aria-label={t('dl.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
          <Link to="/dutylists/templates">
            <Button icon={<SettingOutlined />}>{t('dl.templates')}</Button>
          </Link>
          {q.data?.can.export && (
            <Button icon={<DownloadOutlined />} href={itemsExportUrl(year, nodeId)}>
              {t('dl.export')}
            </Button>
          )}
          {q.data?.can.manage && (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              data-testid="dl-instantiate"
              onClick={async () => {
                const r = await instantiate(year);
                message.success(t('dl.instantiated', r));
                await qc.invalidateQueries({ queryKey: ['dutylists'] });
              }}
            >
              {t('dl.instantiate')}
            </Button>
          )}
        </Space>
      </Space>
      {q.data && lists.length === 0 && <Empty description={t('dl.none')} />}
      {orgs.length > 1 && (
        <Chart
          testId="dl-chart"
          height={Math.max(200, orgs.length * 18)}
          option={{
            grid: { left: 120, right: 24, top: 8, bottom: 24 },
            tooltip: {},
            xAxis: { type: 'value', max: 100 },
            yAxis: {
              type: 'category',
              inverse: true,
              data: orgs.map((l) => `${l.nodeName}·${kind(l.kind)}`),
            },
            series: [{ type: 'bar', name: t('dl.completion'), data: orgs.map((l) => l.completion) }],
          }}
        />
      )}
      <Table<ListSummary>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={lists}
        data-testid="dl-lists"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('dl.unit'),
            render: (_, l) => <Link to={`/dutylists/lists/${l.id}`}>{l.nodeName}</Link>,
          },
          {
            title: t('dl.kind'),
            render: (_, l) => (
              <Space size={4}>
                <Tag color={l.target === 'org' ? 'blue' : 'purple'}>{t(`dl.target.${l.target}`)}</Tag>
                {kind(l.kind)}
              </Space>
            ),
          },
          { title: t('dl.holder'), dataIndex: 'holder' },
          { title: t('dl.items'), dataIndex: 'items' },
          { title: t('dl.accepted'), dataIndex: 'accepted' },
          {
            title: t('dl.overdue'),
            render: (_, l) =>
              l.overdue ? (
                <Tag color="red" data-testid="dl-overdue">
                  {l.overdue}
                </Tag>
              ) : (
                0
              ),
          },
          {
            title: t('dl.completion'),
            render: (_, l) =>
              l.completion === null ? (
                '—'
              ) : (
                <Progress
                  percent={l.completion}
                  size="small"
                  style={{ width: 120 }}
                  aria-label={t('dl.completion')}
                />
              ),
          },
        ]}
      />
    </Space>
  );
}
