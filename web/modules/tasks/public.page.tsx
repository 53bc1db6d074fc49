/** The public page (no login): the published list and each task's live status. */
import { Button, Card, Col, Empty, Layout, Progress, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, ApiError, qs } from '../../app/api.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { HealthTag, fmtDate, fmtTime, useDistricts } from './common.tsx';
import type { PublicList } from './tasks.api.ts';

/** The published list of the user's own district (residents, inside the app). */
export function PublishedListOfMyDistrict() {
  const districts = useDistricts();
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  return (
    <div data-testid="tasks-published">
      <PublishedList districtId={districts[0] ?? ''} year={year} />
    </div>
  );
}

/** The public page of one district's list for one year (?districtId=…&year=…). */
export function PublicTasksPage() {
  const t = useT();
  const { lang, setLang } = useLang();
  const [params] = useSearchParams();
  const districtId = params.get('districtId') ?? '';
  const year = Number(params.get('year') ?? new Date().getFullYear());
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#c8102e', display: 'flex', alignItems: 'center', paddingInline: 16 }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          {t('tasks.public.heading')}
        </Typography.Title>
        <Button
          size="small"
          icon={<GlobalOutlined />}
          onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {lang === 'zh-CN' ? 'EN' : '中'}
        </Button>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <PublishedList districtId={districtId} year={year} />
      </Layout.Content>
    </Layout>
  );
}

/** A district's published list for a year with each task's live status. */
function PublishedList(props: { districtId: string; year: number }) {
  const t = useT();
  const { districtId, year } = props;
  const list = useQuery({
    queryKey: ['tasks', 'public', districtId, year],
    queryFn: () => api<PublicList>('GET', `/api/tasks/public/lists${qs({ districtId, year })}`),
    enabled: !!districtId,
    meta: { silent: true },
    refetchInterval: 60_000,
  });
  let body;
  if (!districtId || (list.error instanceof ApiError && list.error.status !== 500))
    body = <Result status="404" title={t('tasks.public.none')} />;
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
      </>
    );
  return body;
}
