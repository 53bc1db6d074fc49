/**
 * The council's topics (phones first): in deliberation, decided, mine; raising a new one. Officers
 * see the topics of the node chosen in the tree, with the figures and the Excel registers.
 */
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useResidentNode } from '../../app/selected-node.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { StageTag, usePageTitle } from './common.tsx';
import {
  CATEGORIES,
  exportUrl,
  getFigures,
  listBodies,
  listTopics,
  raiseTopic,
  type RaiseInput,
  type TopicList,
  type TopicQuery,
} from './council.api.ts';

/** One topic in a list. */
export function TopicCard(props: { topic: TopicList['items'][number] }) {
  const t = useT();
  const { lang } = useLang();
  const x = props.topic;
  return (
    <Card size="small" data-testid="topic-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Link to={`/council/topics/${x.id}`} data-testid="topic-link">
          {x.title}
        </Link>
        <StageTag stage={x.stage} />
      </Space>
      <Space wrap size={4} style={{ marginTop: 4 }}>
        {x.bodyKind === 'children' && <Tag color="pink">{t('council.kind.children')}</Tag>}
        <Tag>{t(`council.category.${x.category}`)}</Tag>
        {x.overdue && <Tag color="red">{t('council.overdue')}</Tag>}
        {x.hidden && <Tag>{t('council.hidden')}</Tag>}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {x.nodeName} · {t('council.by', { who: x.authorLabel })} · {t('council.supports', { n: x.supports })}{' '}
        · {t('council.ideas_count', { n: x.ideas })}
        {x.stageDueAt && ['raise', 'ideas', 'plan', 'floor', 'convention'].includes(x.stage) && (
          <> · {t('council.due', { at: formatTime(x.stageDueAt, lang) })}</>
        )}
      </Typography.Paragraph>
    </Card>
  );
}

function TopicRows(props: { q: TopicQuery }) {
  const t = useT();
  const list = useQuery({ queryKey: ['council', 'topics', props.q], queryFn: () => listTopics(props.q) });
  if (!list.data) return <Spin />;
  if (!list.data.items.length) return <Empty description={t('council.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {list.data.items.map((x) => (
        <TopicCard key={x.id} topic={x} />
      ))}
    </Space>
  );
}

function Figures(props: { nodeId: string }) {
  const t = useT();
  const f = useQuery({
    queryKey: ['council', 'figures', props.nodeId],
    queryFn: () => getFigures(props.nodeId),
  });
  if (!f.data) return null;
  return (
    <Card size="small" title={t('council.figures')} style={{ marginBottom: 12 }}>
      <Row gutter={12}>
        <Col span={6}>
          <Statistic title={t('council.figures.meetings')} value={f.data.meetings} />
        </Col>
        <Col span={6}>
          <Statistic title={t('council.figures.proposals')} value={f.data.proposals} />
        </Col>
        <Col span={6}>
          <Statistic title={t('council.figures.resolved')} value={f.data.resolved} />
        </Col>
        <Col span={6}>
          <Statistic title={t('council.figures.decided')} value={f.data.decided} />
        </Col>
      </Row>
    </Card>
  );
}

/** The topics of my council. */
export function TopicsPage() {
  const t = useT();
  usePageTitle(t('council.title'));
  const { can } = useMe();
  const nodeId = useResidentNode();
  const officer = can('council.export');
  return (
    <div style={{ maxWidth: 900 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('council.title')}
        </Typography.Title>
        {can('council.participate') && (
          <Link to="/council/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="raise-topic">
              {t('council.raise')}
            </Button>
          </Link>
        )}
      </Space>
      {officer && nodeId && <Figures nodeId={nodeId} />}
      {officer && (
        <Space wrap style={{ marginBottom: 12 }}>
          {(['topics', 'meetings', 'results'] as const).map((w) => (
            <Button
              key={w}
              icon={<DownloadOutlined />}
              href={exportUrl(w, nodeId)}
              data-testid={`export-${w}`}
            >
              {t(`council.export.${w}`)}
            </Button>
          ))}
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'active',
            label: t('council.tab.active'),
            children: <TopicRows q={{ nodeId, status: 'active', limit: 50 }} />,
          },
          {
            key: 'decided',
            label: t('council.tab.decided'),
            children: <TopicRows q={{ nodeId, status: 'decided', limit: 50 }} />,
          },
          { key: 'mine', label: t('council.tab.mine'), children: <TopicRows q={{ mine: '1' }} /> },
        ]}
      />
    </div>
  );
}

/** Raising a topic (phone): council, on whose behalf, title, category, description. */
export function RaisePage() {
  const t = useT();
  usePageTitle(t('council.raise.title'));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const nodeId = useResidentNode();
  const key = useIdempotencyKey();
  const [form] = Form.useForm<RaiseInput>();
  const kind = Form.useWatch('kind', form) ?? 'residents';
  const bodies = useQuery({
    queryKey: ['council', 'bodies', nodeId],
    queryFn: () => listBodies(nodeId),
    enabled: !!nodeId,
  });
  const children = bodies.data?.find((b) => b.kind === 'children');
  async function submit() {
    const v = await form.validateFields();
    try {
      const r = await raiseTopic({ ...v, nodeId: nodeId! }, key.get());
      key.done();
      message.success(t('council.raise.done'));
      navigate(`/council/topics/${r.id}`);
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    }
  }
  return (
    <Card title={t('council.raise.title')} style={{ maxWidth: 560 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'residents', category: 'environment' }}
        data-testid="raise-form"
      >
        {children && (
          <Form.Item name="kind" label={t('council.raise.kind')}>
            <Select
              options={[
                { value: 'residents', label: t('council.kind.residents') },
                { value: 'children', label: t('council.kind.children') },
              ]}
            />
          </Form.Item>
        )}
        {kind === 'children' && children && (
          <Form.Item name="asPersonId" label={t('council.raise.as')} rules={[{ required: true }]}>
            <Select
              options={children.myChildren
                .filter((c) => c.member)
                .map((c) => ({ value: c.personId, label: c.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('council.raise.topic')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="category" label={t('council.raise.category')} rules={[{ required: true }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`council.category.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('council.raise.description')}
          rules={[{ required: true, max: 5000 }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <Button
          type="primary"
          block
          size="large"
          onClick={() => void submit()}
          disabled={!nodeId}
          data-testid="raise-submit"
        >
          {t('council.raise.submit')}
        </Button>
      </Form>
    </Card>
  );
}
