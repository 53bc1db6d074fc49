/**
 * Micro projects (phones first): the community's projects with money and progress, my orders,
 * ordering 点菜 from the menu or in one's own words. Officers also see orders to screen, the
 * year's figures with a chart of the money, the menu, and the Excel export.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Progress,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Tabs,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../app/chart.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { usePageTitle } from '../council/common.tsx';
import { money, ProposalFields, StageTag } from './common.tsx';
import {
  addMenuItem,
  CATEGORIES,
  exportUrl,
  getFigures,
  getMenu,
  listProjects,
  orderProject,
  retireMenuItem,
  type ProjectQuery,
  type ProjectSummary,
} from './projects.api.ts';
import type { Body } from '../../app/client.ts';
import { beijingYear } from '../../app/format.ts';
import { useResidentNode } from '../../app/selected-node.tsx';

/** One project in a list: stage, money and progress. */
export function ProjectCard(props: { project: ProjectSummary }) {
  const t = useT();
  const x = props.project;
  return (
    <Card size="small" data-testid="project-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Link to={`/projects/${x.id}`} data-testid="project-link">
          {x.title}
        </Link>
        <StageTag stage={x.stage} />
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {x.nodeName} · {t(`projects.category.${x.category}`)}
        {x.ordererLabel && <> · {t('projects.by', { who: x.ordererLabel })}</>}
        {x.publicFen + x.socialFen > 0 && (
          <>
            {' '}
            · {t('projects.money.public')} {money(x.publicFen)} · {t('projects.money.social')}{' '}
            {money(x.socialFen)}
          </>
        )}
        {x.satisfaction !== null && (
          <> · {t('projects.satisfaction', { score: x.satisfaction, n: x.ratings })}</>
        )}
      </Typography.Paragraph>
      {['implementing', 'inspecting', 'completed', 'closed'].includes(x.stage) && (
        <Progress
          percent={x.progress}
          format={(n) => `${n}%`}
          size="small"
          aria-label={t('projects.progress')}
        />
      )}
    </Card>
  );
}

function ProjectRows(props: { q: ProjectQuery }) {
  const t = useT();
  const list = useQuery({ queryKey: ['projects', 'list', props.q], queryFn: () => listProjects(props.q) });
  if (!list.data) return <Spin />;
  if (!list.data.items.length) return <Empty description={t('projects.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="project-list">
      {list.data.items.map((x) => (
        <ProjectCard key={x.id} project={x} />
      ))}
    </Space>
  );
}

/** The year's figures of a node, with the money as a chart. */
export function FiguresCard(props: { nodeId?: string }) {
  const t = useT();
  const year = beijingYear();
  const f = useQuery({
    queryKey: ['projects', 'figures', props.nodeId, year],
    queryFn: () => getFigures(year, props.nodeId),
  });
  if (!f.data) return null;
  const m = f.data.micro;
  const l = f.data.livelihood;
  return (
    <Card
      size="small"
      title={t('projects.figures', { year })}
      style={{ marginBottom: 12 }}
      data-testid="projects-figures"
    >
      <Row gutter={12}>
        <Col xs={12} md={4}>
          <Statistic title={t('projects.figures.ordered')} value={m.ordered} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('projects.figures.projects')} value={m.projects} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('projects.figures.public')} value={m.publicWan} precision={2} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('projects.figures.social')} value={m.socialWan} precision={2} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('projects.figures.satisfied')}
            value={m.satisfiedRate ?? '—'}
            suffix={m.satisfiedRate === null ? '' : '%'}
          />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('projects.figures.chosen')} value={l.chosen} />
        </Col>
      </Row>
      <Chart
        height={180}
        testId="projects-money-chart"
        option={{
          tooltip: { trigger: 'axis' },
          legend: { data: [t('projects.money.public'), t('projects.money.social')] },
          grid: { left: 48, right: 16, top: 32, bottom: 24 },
          xAxis: { type: 'category', data: [t('projects.kind.micro'), t('projects.kind.livelihood')] },
          yAxis: { type: 'value', name: '万元' },
          series: [
            { name: t('projects.money.public'), type: 'bar', stack: 'm', data: [m.publicWan, l.publicWan] },
            { name: t('projects.money.social'), type: 'bar', stack: 'm', data: [m.socialWan, l.socialWan] },
          ],
        }}
      />
    </Card>
  );
}

/** The community's menu, for officers to keep. */
function MenuAdmin(props: { nodeId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const menu = useQuery({
    queryKey: ['projects', 'menu', props.nodeId],
    queryFn: () => getMenu(props.nodeId),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="menu-add">
        {t('projects.menu.add')}
      </Button>
      {(menu.data ?? []).map((m) => (
        <Card key={m.id} size="small" style={{ opacity: m.active ? 1 : 0.5 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <span>
              {m.title} · {t(`projects.category.${m.category}`)} ·{' '}
              {t('projects.estimate', { amount: money(m.estimateFen) })}
            </span>
            {m.can.retire && (
              <Button
                size="small"
                onClick={() =>
                  void retireMenuItem(m.id)
                    .then(() => qc.invalidateQueries({ queryKey: ['projects', 'menu'] }))
                    .catch(reportError)
                }
              >
                {t('projects.menu.retire')}
              </Button>
            )}
          </Space>
        </Card>
      ))}
      <FormModal<Omit<Body<'post', '/api/projects/menu'>, 'nodeId'>>
        open={open}
        title={t('projects.menu.add')}
        onClose={() => setOpen(false)}
        initialValues={{ category: 'facilities', estimateYuan: '0' }}
        testId="menu-modal"
        onSubmit={async (v) => {
          await addMenuItem({ ...v, nodeId: props.nodeId });
          await qc.invalidateQueries({ queryKey: ['projects', 'menu'] });
        }}
      >
        <ProposalFields descriptionRows={3} />
        <Form.Item name="estimateYuan" label={t('projects.menu.estimate')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The projects of my community (residents), or of the node chosen in the tree (officers). */
export function ProjectsPage() {
  const t = useT();
  usePageTitle(t('projects.title'));
  const { can } = useMe();
  const nodeId = useResidentNode();
  const [params] = useSearchParams();
  const officer = can('projects.manage');
  const year = beijingYear();
  const stage = params.get('stage') ?? undefined;
  const items = [
    officer && {
      key: 'screen',
      label: t('projects.tab.screen'),
      children: <ProjectRows q={{ nodeId, stage: 'ordered' }} />,
    },
    {
      key: 'community',
      label: officer ? t('projects.tab.all') : t('projects.tab.community'),
      children: <ProjectRows q={{ nodeId, kind: 'micro', stage: stage as ProjectQuery['stage'] }} />,
    },
    can('projects.order') && {
      key: 'mine',
      label: t('projects.tab.mine'),
      children: <ProjectRows q={{ mine: '1' }} />,
    },
    officer &&
      nodeId && { key: 'menu', label: t('projects.tab.menu'), children: <MenuAdmin nodeId={nodeId} /> },
  ].filter((x): x is { key: string; label: string; children: React.JSX.Element } => !!x);
  return (
    <div style={{ maxWidth: 960 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('projects.title')}
        </Typography.Title>
        <Space wrap>
          {can('projects.order') && (
            <Link to="/projects/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="order-project">
                {t('projects.order')}
              </Button>
            </Link>
          )}
          {can('projects.export') && (
            <Button icon={<DownloadOutlined />} href={exportUrl(year, nodeId)} data-testid="projects-export">
              {t('projects.export')}
            </Button>
          )}
        </Space>
      </Space>
      {officer && <FiguresCard nodeId={nodeId} />}
      <Tabs defaultActiveKey={stage ? 'community' : items[0]?.key} items={items} />
    </div>
  );
}

/** Ordering a micro project 点菜 (phone): pick from the menu, or say what is needed. */
export function OrderPage() {
  const t = useT();
  usePageTitle(t('projects.order.title'));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const nodeId = useResidentNode();
  const key = useIdempotencyKey();
  const [form] = Form.useForm<Omit<Body<'post', '/api/projects'>, 'nodeId'>>();
  const menu = useQuery({
    queryKey: ['projects', 'menu', nodeId],
    queryFn: () => getMenu(nodeId!),
    enabled: !!nodeId,
  });
  async function send(body: Omit<Body<'post', '/api/projects'>, 'nodeId'>) {
    try {
      const r = await orderProject({ ...body, nodeId: nodeId! }, key.get());
      key.done();
      message.success(t('projects.order.done'));
      navigate(`/projects/${r.id}`);
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    }
  }
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('projects.order.title')}
      </Typography.Title>
      {!!menu.data?.length && (
        <Card size="small" title={t('projects.order.menu')} data-testid="order-menu">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {menu.data.map((m) => (
              <Card key={m.id} size="small" type="inner">
                <Typography.Text strong>{m.title}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0' }}>
                  {t(`projects.category.${m.category}`)} ·{' '}
                  {t('projects.estimate', { amount: money(m.estimateFen) })}
                  {m.description && <> · {m.description}</>}
                </Typography.Paragraph>
                <Button block onClick={() => void send({ menuItemId: m.id })} data-testid="order-pick">
                  {t('projects.order.pick')}
                </Button>
              </Card>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t('projects.order.own')}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ category: 'facilities' }}
          data-testid="order-form"
        >
          <Form.Item name="title" label={t('projects.order.name')} rules={[{ required: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="category" label={t('projects.order.category')} rules={[{ required: true }]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`projects.category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('projects.order.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Button
            type="primary"
            block
            size="large"
            disabled={!nodeId}
            onClick={() => void form.validateFields().then(send, () => undefined)}
            data-testid="order-submit"
          >
            {t('projects.order.submit')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
