/**
 * The public page (no login): the published list and each task's live status, and the public
 * notices 公开通报 of the year (seed 000's 结果运用): issued commendations and accountability orders
 * whose uses of results include a public notice, with the unit, the task, the day and the reason.
 */
import type React from 'react';
import {
  Alert,
  Card,
  Col,
  Empty,
  Form,
  Layout,
  List,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { client, type Res } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { LangSwitch } from '../../app/lang-switch.tsx';
import { errorText } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { beijingYear } from '../../app/format.ts';
import { CommunitySelect } from '../residents/me.page.tsx';
import { HealthTag, fmtDate, fmtTime, useDistricts } from './common.tsx';

type PublicNotice = Res<'get', '/api/tasks/public/lists'>['notices'][number];

/** The published list of the user's own district (residents, inside the app). */
export function PublishedListOfMyDistrict() {
  const districts = useDistricts();
  const year = beijingYear();
  return (
    <div data-testid="tasks-published">
      <PublishedList districtId={districts[0] ?? ''} year={year} />
    </div>
  );
}

/** The public page of one district's list for one year (?districtId=…&year=…). */
export function PublicTasksPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('tasks.public.heading'));
  const districtId = params.get('districtId') ?? '';
  const year = Number(params.get('year') ?? new Date().getFullYear());
  // without a district, find it by a community's name (no login needed)
  const finder = (
    <Form layout="vertical" style={{ maxWidth: 480 }}>
      <Form.Item label={t('tasks.public.find')} htmlFor="public-tasks-community">
        <CommunitySelect
          id="public-tasks-community"
          onPick={(c) => setParams({ districtId: c.districtId, year: String(year) })}
        />
      </Form.Item>
    </Form>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#c8102e', display: 'flex', alignItems: 'center', paddingInline: 16 }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          {t('tasks.public.heading')}
        </Typography.Title>
        <Link to="/login" style={{ color: '#fff', marginInlineEnd: 12 }}>
          {t('login.title')}
        </Link>
        <LangSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        {districtId ? <PublishedList districtId={districtId} year={year} finder={finder} /> : finder}
      </Layout.Content>
    </Layout>
  );
}

/** A district's published list for a year with each task's live status. */
function PublishedList(props: { districtId: string; year: number; finder?: React.ReactNode }) {
  const t = useT();
  const { districtId, year } = props;
  const list = useQuery({
    queryKey: ['tasks', 'public', districtId, year],
    queryFn: () => client.get('/api/tasks/public/lists', { query: { districtId, year } }),
    enabled: !!districtId,
    meta: { silent: true },
    refetchInterval: 60_000,
  });
  let body;
  if (!districtId || (list.error instanceof ApiError && list.error.status === 404))
    // an honest answer: this district has published no list for the year (not a fault, not "no network")
    body = (
      <>
        <Result
          status="info"
          title={t('tasks.public.none')}
          subTitle={t('tasks.public.noneHint', { year })}
        />
        {props.finder}
      </>
    );
  else if (list.error) body = <Alert type="error" showIcon title={errorText(list.error)} />;
  else if (!list.data) body = <Spin />;
  else
    body = (
      <>
        <Typography.Title level={3} data-testid="public-title">
          {list.data.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('tasks.public.publishedAt', { at: fmtTime(list.data.publishedAt) })}
        </Typography.Paragraph>
        {list.data.tasks.length === 0 && <Empty />}
        <Row gutter={[12, 12]}>
          {list.data.tasks.map((x) => (
            <Col key={x.id} xs={24} md={12} xl={8}>
              <Card
                size="small"
                data-testid={`public-task-${x.no}`}
                title={`${x.no}. ${x.title}`}
                extra={<HealthTag value={x.evalStatus} />}
              >
                <Space wrap size={4} style={{ marginBottom: 8 }}>
                  <Tag>{t(`tasks.cat.${x.category}`)}</Tag>
                  <Tag color="blue" data-testid="public-status">
                    {t(`tasks.status.${x.status}`)}
                  </Tag>
                </Space>
                <Typography.Paragraph ellipsis={{ rows: 2 }}>{x.goal}</Typography.Paragraph>
                <Progress
                  percent={Math.round(x.actualProgress)}
                  aria-label={t('tasks.progress')}
                  size="small"
                  status={x.evalStatus === 'red' ? 'exception' : undefined}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('tasks.planned')} {Math.round(x.plannedProgress)}% · {t('tasks.f.deadline')}{' '}
                  {fmtDate(x.deadline)}
                  {x.units.length > 0 && (
                    <>
                      <br />
                      {t('tasks.units')}: {x.units.join('、')}
                    </>
                  )}
                  {x.commanderName && (
                    <>
                      <br />
                      {t('tasks.commander')}: {x.commanderName}
                    </>
                  )}
                </Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
        <PublicNotices notices={list.data.notices} />
      </>
    );
  return body;
}

/** The year's public notices 公开通报: commendations and accountability orders made public. */
function PublicNotices(props: { notices: PublicNotice[] }) {
  const t = useT();
  if (props.notices.length === 0) return null;
  return (
    <div data-testid="public-notices" style={{ marginTop: 24 }}>
      <Typography.Title level={4}>{t('tasks.public.notices')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tasks.public.noticesHint')}</Typography.Paragraph>
      <List
        bordered
        dataSource={props.notices}
        renderItem={(n) => (
          <List.Item data-testid={`public-notice-${n.id}`}>
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={n.type === 'commendation' ? 'red' : 'default'}>
                    {t(`tasks.order.${n.type}`)}
                  </Tag>
                  {n.number && <Typography.Text type="secondary">{n.number}</Typography.Text>}
                  <span>{n.unitName ?? '—'}</span>
                  <span>·</span>
                  <span>{n.taskTitle}</span>
                </Space>
              }
              description={
                <>
                  {n.reason && <Typography.Paragraph style={{ margin: 0 }}>{n.reason}</Typography.Paragraph>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fmtDate(n.issuedOn)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
