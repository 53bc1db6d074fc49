/** 任务榜看板: the yearly list as kanban by status, with filters, list actions and proposals. */
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import {
  PlusOutlined,
  SendOutlined,
  BulbOutlined,
  GlobalOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { qs } from '../../app/api.ts';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { errorText, reportError } from '../../app/problem.ts';
import { ExportButton, FormModal, GrantNodeSelect, HealthTag, fmtDate, useDistricts } from './common.tsx';
import { TaskFields, taskBody, type TaskFormValues } from './forms.tsx';
import { ProposalsDrawer } from './proposals.tsx';
import { PublishedListOfMyDistrict } from './public.page.tsx';
import { EvalRulesButton } from './settings.tsx';
import { CATEGORIES, EVAL_STATUSES, type TaskSummary, type TasksQuery } from './tasks.api.ts';

const COLUMNS = ['draft', 'published', 'awarded', 'completed'] as const satisfies TaskSummary['status'][];

/** One task card on the board. */
export function TaskCard(props: { task: TaskSummary }) {
  const t = useT();
  const x = props.task;
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid={`task-card-${x.no}`}
      title={
        <Link to={`/tasks/tasks/${x.id}`} data-testid="task-link">
          {x.no}. {x.title}
        </Link>
      }
      extra={<HealthTag value={x.evalStatus} />}
    >
      <Space wrap size={4}>
        <Tag>{t(`tasks.cat.${x.category}`)}</Tag>
        {x.source === 'bottom_up' && <Tag color="purple">{t('tasks.src.bottom_up')}</Tag>}
      </Space>
      {x.status !== 'draft' && x.status !== 'published' && (
        <Progress
          percent={Math.round(x.actualProgress)}
          aria-label={t('tasks.progress')}
          success={{ percent: 0 }}
          size="small"
          format={() => `${Math.round(x.actualProgress)} / ${Math.round(x.plannedProgress)}%`}
          status={x.evalStatus === 'red' ? 'exception' : undefined}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
        {x.units.length > 0 && (
          <>
            {t('tasks.units')}: {x.units.map((u) => u.name).join('、')}
            <br />
          </>
        )}
        {x.commanderName && (
          <>
            {t('tasks.commander')}: {x.commanderName}
            <br />
          </>
        )}
        {t('tasks.f.deadline')}: {fmtDate(x.deadline)}
      </Typography.Paragraph>
    </Card>
  );
}

/** The board page; a user without tasks.read (a resident) sees the district's published list. */
export function BoardPage() {
  const { can } = useMe();
  return can('tasks.read') ? <OfficerBoard /> : <PublishedListOfMyDistrict />;
}

function OfficerBoard() {
  const t = useT();
  const { can } = useMe();
  const qc = useQueryClient();
  const districts = useDistricts();
  const lists = useQuery({
    queryKey: ['tasks', 'lists'],
    queryFn: () => client.get('/api/tasks/lists'),
  });
  const [picked, setPicked] = useState<string | null>(null);
  const sorted = useMemo(() => [...(lists.data ?? [])].sort((a, b) => b.year - a.year), [lists.data]);
  // this year's list first (a list for a later year, drafted ahead, does not hide it), else the newest
  const thisYear = new Date().getFullYear();
  const list = sorted.find((l) => l.id === picked) ?? sorted.find((l) => l.year === thisYear) ?? sorted[0];
  const [filters, setFilters] = useState<Pick<TasksQuery, 'evalStatus' | 'category' | 'q'>>({});
  const query: TasksQuery = { listId: list?.id, kind: 'list_task', ...filters };
  const tasks = useQuery({
    queryKey: ['tasks', 'board', query],
    queryFn: () => client.get('/api/tasks/tasks', { query }),
    enabled: !!list,
  });
  const [dialog, setDialog] = useState<null | 'list' | 'task' | 'propose' | 'proposals' | 'evaluate'>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['tasks'] });
  const manage = can('tasks.manage');
  const { modal, message } = App.useApp();

  function publish() {
    if (!list) return;
    modal.confirm({
      title: t('tasks.publish.confirm', { title: list.title }),
      content: t('tasks.publish.hint'),
      okButtonProps: { 'data-testid': 'publish-ok' } as ButtonProps,
      onOk: async () => {
        try {
          await client.post('/api/tasks/lists/{id}/publish', {
            path: { id: list.id },
            body: { version: list.version },
          });
          await refresh();
        } catch (e) {
          reportError(e);
        }
      },
    });
  }

  const byStatus = (s: string) => (tasks.data ?? []).filter((x) => x.status === s);
  const columns = COLUMNS.filter((c) => c !== 'draft' || list?.status === 'draft' || byStatus(c).length);

  return (
    <div data-testid="tasks-board">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.board')}
        </Typography.Title>
        <Select
          style={{ minWidth: 220 }}
          value={list?.id}
          placeholder={t('tasks.list.none')}
          aria-label={t('tasks.board')}
          onChange={setPicked}
          data-testid="list-select"
          options={sorted.map((l) => ({
            value: l.id,
            label: l.title.includes(String(l.year)) ? l.title : `${l.year} ${l.title}`,
          }))}
        />
        {list && (
          <Tag color={list.status === 'published' ? 'green' : 'default'} data-testid="list-status">
            {t(`tasks.list.${list.status}`)}
            {list.publishedAt ? ` ${fmtDate(list.publishedAt)}` : ''}
          </Tag>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        {manage && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog('list')} data-testid="new-list">
            {t('tasks.list.new')}
          </Button>
        )}
        {manage && list?.status === 'draft' && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog('task')} data-testid="add-task">
            {t('tasks.task.add')}
          </Button>
        )}
        {can('tasks.propose') && list && (
          <Button icon={<BulbOutlined />} onClick={() => setDialog('propose')} data-testid="propose-task">
            {t('tasks.propose')}
          </Button>
        )}
        {list && (
          <Button onClick={() => setDialog('proposals')} data-testid="proposals">
            {t('tasks.proposals')}
          </Button>
        )}
        {manage && list?.status === 'draft' && (
          <Button type="primary" icon={<SendOutlined />} onClick={publish} data-testid="publish-list">
            {t('tasks.publish')}
          </Button>
        )}
        {manage && (
          <Button icon={<ThunderboltOutlined />} onClick={() => setDialog('evaluate')} data-testid="evaluate">
            {t('tasks.evaluate')}
          </Button>
        )}
        <EvalRulesButton districtId={list?.districtId ?? districts[0]} />
        {list?.status === 'published' && (
          <Button
            icon={<GlobalOutlined />}
            href={`/public/tasks${qs({ districtId: list.districtId, year: list.year })}`}
            target="_blank"
            data-testid="public-link"
          >
            {t('tasks.public.open')}
          </Button>
        )}
        {list && <ExportButton href={client.url('/api/tasks/tasks.xlsx', { query })} />}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('tasks.health')}
          aria-label={t('tasks.health')}
          style={{ width: 130 }}
          value={filters.evalStatus}
          onChange={(v) => setFilters({ ...filters, evalStatus: v })}
          options={EVAL_STATUSES.map((s) => ({ value: s, label: t(`tasks.health.${s}`) }))}
          data-testid="filter-health"
        />
        <Select
          allowClear
          placeholder={t('tasks.f.category')}
          aria-label={t('tasks.f.category')}
          style={{ width: 150 }}
          value={filters.category}
          onChange={(v) => setFilters({ ...filters, category: v })}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`tasks.cat.${c}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('tasks.search')}
          aria-label={t('tasks.search')}
          onSearch={(q) => setFilters({ ...filters, q: q || undefined })}
          style={{ width: 200 }}
        />
      </Space>
      {lists.error && <Alert type="warning" showIcon title={errorText(lists.error)} />}
      {!list && lists.data && <Empty description={t('tasks.list.none')} />}
      {list && (
        <Row gutter={[12, 12]} wrap>
          {columns.map((c) => (
            <Col key={c} xs={24} sm={12} lg={24 / columns.length} data-testid={`column-${c}`}>
              <Card
                size="small"
                title={
                  <Space>
                    {t(`tasks.col.${c}`)}
                    <Badge count={byStatus(c).length} showZero color="#6b6b6b" />
                  </Space>
                }
                styles={{ body: { background: '#fafafa', minHeight: 120 } }}
              >
                {byStatus(c).map((x) => (
                  <TaskCard key={x.id} task={x} />
                ))}
              </Card>
            </Col>
          ))}
        </Row>
      )}

      <FormModal<{ year: number; title: string; districtId: string }>
        open={dialog === 'list'}
        title={t('tasks.list.new')}
        onClose={() => setDialog(null)}
        testId="list-form"
        initialValues={{ year: new Date().getFullYear(), districtId: districts[0] }}
        onSubmit={async (v) => {
          const r = await client.post('/api/tasks/lists', { body: v });
          setPicked(r.id);
          await refresh();
        }}
      >
        <Form.Item name="districtId" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="year" label={t('tasks.f.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} data-testid="f-year" />
        </Form.Item>
        <Form.Item name="title" label={t('tasks.f.listTitle')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="f-list-title" />
        </Form.Item>
      </FormModal>

      <FormModal<TaskFormValues>
        open={dialog === 'task'}
        title={t('tasks.task.add')}
        onClose={() => setDialog(null)}
        testId="task-form"
        width={760}
        initialValues={{ milestones: [{} as never] }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/lists/{id}/tasks', { path: { id: list!.id }, body: taskBody(v) });
          await refresh();
        }}
      >
        <TaskFields />
      </FormModal>

      <FormModal<TaskFormValues & { proposerNodeId: string; rationale?: string }>
        open={dialog === 'propose'}
        title={t('tasks.propose')}
        onClose={() => setDialog(null)}
        testId="propose-form"
        width={760}
        initialValues={{ milestones: [{} as never] }}
        onSubmit={async (v) => {
          await client.post('/api/tasks/proposals', {
            body: {
              ...taskBody(v),
              listId: list!.id,
              proposerNodeId: v.proposerNodeId,
              rationale: v.rationale ?? '',
            },
          });
          await refresh();
        }}
      >
        <Form.Item name="proposerNodeId" label={t('tasks.f.proposer')} rules={[{ required: true }]}>
          <GrantNodeSelect testId="f-proposer" />
        </Form.Item>
        <TaskFields />
        <Form.Item name="rationale" label={t('tasks.f.rationale')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal<{ day?: Dayjs }>
        open={dialog === 'evaluate'}
        title={t('tasks.evaluate')}
        onClose={() => setDialog(null)}
        testId="evaluate-form"
        onSubmit={async (v) => {
          const r = await client.post('/api/tasks/evaluate', {
            body: { districtId: list?.districtId ?? districts[0], day: v.day?.format('YYYY-MM-DD') },
          });
          message.success(t('tasks.evaluate.done', r));
          await refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('tasks.evaluate.hint')}</Typography.Paragraph>
        <Form.Item name="day" label={t('tasks.evaluate.day')}>
          <DatePicker data-testid="f-eval-day" />
        </Form.Item>
      </FormModal>

      {list && (
        <ProposalsDrawer
          open={dialog === 'proposals'}
          onClose={() => setDialog(null)}
          list={list}
          tasks={tasks.data ?? []}
        />
      )}
    </div>
  );
}
