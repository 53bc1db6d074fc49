/**
 * The home page 工作台: a greeting, the user's to-do list from every module (grouped by module, red
 * first, each with a link to where it is done), then the dashboard of their node: each module's
 * figures as cards with the definition of every rate beside it, and a chart where a trend is given.
 * Modules that start offering to-dos or figures appear here by themselves.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Card,
  Col,
  Collapse,
  Empty,
  Grid,
  List,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { beijingHour, formatDate, formatFigure, formatMinute } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { menuEntries, webModules } from '../../app/modules.ts';
import { NodePicker } from '../../app/node-picker.tsx';
import { errorText } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { fetchStats, fetchTodos, type NodeStat, type TodoItem, type TodoLevel } from './home.api.ts';

const LEVEL_COLOUR: Record<TodoLevel, string> = { red: 'red', yellow: 'gold', normal: 'blue' };
const LEVEL_RANK: Record<TodoLevel, number> = { red: 0, yellow: 1, normal: 2 };

/** The heading of a module's group: its declared title, else its first menu label, else its id. */
function useModuleName() {
  const { lang } = useLang();
  return (id: string) => {
    const m = webModules.find((x) => x.id === id);
    return m?.title?.[lang] ?? m?.menu[0]?.label[lang] ?? id;
  };
}

/** Groups items by their module, keeping the order in which modules first appear. */
function byModule<T extends { module: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const i of items) groups.set(i.module, [...(groups.get(i.module) ?? []), i]);
  return [...groups];
}

function Greeting() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useMe();
  const h = beijingHour();
  const part = h < 11 ? 'morning' : h < 13 ? 'noon' : h < 18 ? 'afternoon' : 'evening';
  const roles = [...new Set((me?.grants ?? []).map((g) => g.role))];
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-greeting">
        {t(`home.greeting.${part}`, { name: me?.user?.displayName ?? '' })}
      </Typography.Title>
      <Space wrap size={4} style={{ marginTop: 4 }}>
        <Typography.Text type="secondary">
          {t('home.today', { date: formatDate(new Date().toISOString(), lang) })}
        </Typography.Text>
        {roles.map((r) => (
          <Tag key={r}>{t(`role.${r}`)}</Tag>
        ))}
      </Space>
    </div>
  );
}

function TodoLine(props: { item: TodoItem }) {
  const t = useT();
  const { lang } = useLang();
  const { item } = props;
  const shown = item.entries ?? [];
  return (
    <List.Item
      data-testid={`todo-${item.key}`}
      style={{
        display: 'block',
        borderInlineStart: `4px solid ${levelBorder(item.level)}`,
        paddingInline: 12,
      }}
    >
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={6}>
          <Tag color={LEVEL_COLOUR[item.level]}>{t(`home.level.${item.level}`)}</Tag>
          <Link to={item.href} data-testid="todo-link">
            <Typography.Text strong>{item.label}</Typography.Text>
          </Link>
          <Badge
            count={item.count}
            overflowCount={999}
            color={item.level === 'normal' ? '#0958d9' : LEVEL_COLOUR[item.level]}
            aria-label={t('home.todos.count', { count: item.count })}
          />
        </Space>
        <Link to={item.href}>{t('home.todos.open')}</Link>
      </Space>
      {shown.length > 0 && (
        <ul style={{ margin: '6px 0 0', paddingInlineStart: 20 }}>
          {shown.map((e) => (
            <li key={e.id} data-testid="todo-entry">
              <Space wrap size={6}>
                {e.level && e.level !== 'normal' && (
                  <Tag color={LEVEL_COLOUR[e.level]} style={{ marginInlineEnd: 0 }}>
                    {t(`home.level.${e.level}`)}
                  </Tag>
                )}
                <Link to={e.href}>{e.title}</Link>
                {e.due && (
                  <Typography.Text type={e.level === 'red' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {t('home.todos.due', {
                      due: /^\d{4}-\d{2}-\d{2}$/.test(e.due)
                        ? formatDate(e.due, lang)
                        : formatMinute(e.due, lang),
                    })}
                  </Typography.Text>
                )}
              </Space>
            </li>
          ))}
          {item.count > shown.length && (
            <li>
              <Link to={item.href}>{t('home.todos.more', { count: item.count - shown.length })}</Link>
            </li>
          )}
        </ul>
      )}
    </List.Item>
  );
}

function levelBorder(level: TodoLevel) {
  return level === 'red' ? '#cf1322' : level === 'yellow' ? '#d48806' : '#d9d9d9';
}

function Todos() {
  const t = useT();
  const { lang } = useLang();
  const { can } = useMe();
  const name = useModuleName();
  const todos = useQuery({ queryKey: ['home', 'todos'], queryFn: fetchTodos, meta: { silent: true } });
  const groups = useMemo(
    () =>
      byModule(todos.data ?? []).map(
        ([m, items]) => [m, [...items].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level])] as const,
      ),
    [todos.data],
  );
  const starts = menuEntries.filter((e) => e.path !== '/' && (!e.ability || can(e.ability))).slice(0, 6);
  const total = (todos.data ?? []).reduce((s, i) => s + i.count, 0);
  return (
    <Card
      title={
        <Space>
          <span>{t('home.todos')}</span>
          {total > 0 && <Badge count={total} overflowCount={999} />}
        </Space>
      }
      data-testid="home-todos"
      style={{ marginBottom: 16 }}
      styles={{ body: { paddingBlock: 8 } }}
    >
      {todos.isLoading && <Skeleton active />}
      {todos.error && (
        <Alert type="warning" showIcon title={t('home.todos.error', { error: errorText(todos.error) })} />
      )}
      {todos.data && todos.data.length === 0 && (
        <Empty
          data-testid="home-todos-empty"
          description={
            <div>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('home.todos.empty')}
              </Typography.Paragraph>
              {starts.length > 0 && (
                <>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                    {t('home.todos.emptyHint')}
                  </Typography.Paragraph>
                  <Space wrap>
                    {starts.map((e) => (
                      <Link key={e.key} to={e.path}>
                        {e.label[lang]}
                      </Link>
                    ))}
                  </Space>
                </>
              )}
            </div>
          }
        />
      )}
      {groups.map(([m, items]) => (
        <div key={m} data-testid={`todo-group-${m}`} style={{ marginTop: 8 }}>
          <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
            {name(m)}
          </Typography.Title>
          <List size="small" dataSource={items} renderItem={(i) => <TodoLine item={i} />} />
        </div>
      ))}
    </Card>
  );
}

function FigureCard(props: { stat: NodeStat }) {
  const t = useT();
  const { lang } = useLang();
  const s = props.stat;
  const option = useMemo(
    () =>
      s.series && s.series.length > 1
        ? {
            grid: { left: 40, right: 12, top: 16, bottom: 28 },
            tooltip: { trigger: 'axis' as const },
            xAxis: { type: 'category' as const, data: s.series.map((p) => p.label) },
            yAxis: { type: 'value' as const, ...(s.unit === 'percent' ? { max: 100 } : {}) },
            series: [
              { type: 'line' as const, name: s.label, data: s.series.map((p) => p.value), smooth: true },
            ],
          }
        : null,
    [s],
  );
  return (
    <Card size="small" data-testid={`stat-${s.key}`} style={{ height: '100%' }}>
      <Typography.Text type="secondary">{s.label}</Typography.Text>
      <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }} data-testid="stat-value">
        {formatFigure(s.value, s.unit, lang)}
      </div>
      {s.value === null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('home.dashboard.noValue')}
        </Typography.Text>
      )}
      {s.definition && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: '4px 0 0' }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
          data-testid="stat-definition"
        >
          {t('home.dashboard.definition')}：{s.definition}
        </Typography.Paragraph>
      )}
      {option && (
        <div role="img" aria-label={t('home.dashboard.trend', { label: s.label })}>
          <Chart option={option} height={160} testId={`stat-chart-${s.key}`} />
        </div>
      )}
    </Card>
  );
}

/** The nodes the user may pick without the organisation tree: those of their grants. */
function useGrantNodes() {
  const { me } = useMe();
  const seen = new Set<string>();
  return (me?.grants ?? [])
    .filter((g) => !seen.has(g.nodeId) && seen.add(g.nodeId))
    .map((g) => ({ value: g.nodeId, label: g.nodeName }));
}

function Dashboard() {
  const t = useT();
  const { can } = useMe();
  const name = useModuleName();
  const { node: selected } = useSelectedNode();
  const grantNodes = useGrantNodes();
  const [picked, setPicked] = useState<string | undefined>();
  const nodeId = picked ?? selected?.id ?? grantNodes[0]?.value;
  const thisYear = Number(formatDate(new Date().toISOString(), 'en-US').slice(-4));
  const [year, setYear] = useState(thisYear);
  const stats = useQuery({
    queryKey: ['home', 'stats', nodeId, year],
    queryFn: () => fetchStats(nodeId!, year),
    enabled: !!nodeId,
    meta: { silent: true },
  });
  const groups = byModule(stats.data ?? []);
  const phone = !Grid.useBreakpoint().md;
  const figures = (items: NodeStat[]) => (
    <Row gutter={[12, 12]}>
      {items.map((s) => (
        <Col key={s.key} xs={12} sm={12} lg={s.series && s.series.length > 1 ? 12 : 8} xl={s.series ? 12 : 6}>
          <FigureCard stat={s} />
        </Col>
      ))}
    </Row>
  );
  return (
    <Card
      title={t('home.dashboard')}
      data-testid="home-dashboard"
      extra={
        <Space wrap>
          <div style={{ minWidth: 200 }}>
            {can('org.read') ? (
              <NodePicker
                value={nodeId}
                onChange={setPicked}
                initial={selected}
                placeholder={t('home.dashboard.node')}
                ariaLabel={t('home.dashboard.node')}
              />
            ) : grantNodes.length > 1 ? (
              <Select
                value={nodeId}
                onChange={setPicked}
                options={grantNodes}
                style={{ width: '100%' }}
                aria-label={t('home.dashboard.node')}
              />
            ) : null}
          </div>
          <Select
            value={year}
            onChange={setYear}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
            aria-label={t('home.dashboard.year')}
            style={{ width: 96 }}
            data-testid="home-year"
          />
        </Space>
      }
    >
      {!nodeId && <Empty description={t('home.dashboard.pick')} />}
      {stats.isLoading && <Skeleton active />}
      {stats.error && <Alert type="warning" showIcon title={errorText(stats.error)} />}
      {stats.data && stats.data.length === 0 && <Empty description={t('home.dashboard.empty')} />}
      {phone && groups.length > 0 ? (
        // at phone width each module's figures fold away, so the page stays short
        <Collapse
          items={groups.map(([m, items]) => ({
            key: m,
            label: name(m),
            children: figures(items),
            headerClass: `stat-group-${m}`,
          }))}
        />
      ) : (
        groups.map(([m, items]) => (
          <div key={m} data-testid={`stat-group-${m}`} style={{ marginBottom: 16 }}>
            <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
              {name(m)}
            </Typography.Title>
            {figures(items)}
          </div>
        ))
      )}
    </Card>
  );
}

/** The home page (route `/`). Residents see their to-dos; everyone with a working role also sees the dashboard. */
export function HomePage() {
  const t = useT();
  const { me } = useMe();
  useDocumentTitle(t('home.title'));
  const worker = (me?.grants ?? []).some((g) => g.role !== 'resident');
  return (
    <div data-testid="home-page" style={{ maxWidth: 1400 }}>
      <Greeting />
      <Todos />
      {worker && <Dashboard />}
    </div>
  );
}
