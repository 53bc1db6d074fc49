/** A cadre's page for officers (assessment/people/:personId). */
import { useParams } from 'react-router';
import { Button, Card, Col, Empty, Row, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { PQ_INDICATORS } from '../../../server/modules/assessment/assessment.pq.ts';
import { assessmentApi } from './assessment.api.ts';
import { PortraitTags, Radar, usePageTitle } from './common.tsx';
import { LedgerCard, MonthsCard } from './person-cards.tsx';
import { SecondmentsSection } from './person-secondments.tsx';

/** A cadre's page for officers: portrait, ledger, months and the political-quality file. */
export function PersonPage() {
  const t = useT();
  const { personId } = useParams();
  const { can } = useMe();
  usePageTitle(t('assessment.person'));
  const portrait = useQuery({
    queryKey: ['assessment', 'portrait', personId],
    queryFn: () => assessmentApi.portrait(personId!),
  });
  const file = useQuery({
    queryKey: ['assessment', 'pq', personId],
    queryFn: () => assessmentApi.pqFile(personId!),
    enabled: can('assessment.pq.read'),
  });
  const ind = (code: string) => PQ_INDICATORS.find((i) => i.code === code);
  return (
    <div data-testid="assessment-person">
      <Typography.Title level={4}>{portrait.data?.name ?? ''}</Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={10}>
          <Card size="small" title={t('assessment.portrait')} loading={portrait.isLoading}>
            {portrait.data && (
              <>
                <Radar portrait={portrait.data} />
                <PortraitTags tags={portrait.data.tags} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Tabs
            items={[
              {
                key: 'ledger',
                label: t('assessment.ledger'),
                children: personId ? <LedgerCard personId={personId} /> : <Empty />,
              },
              {
                key: 'months',
                label: t('assessment.months'),
                children: personId ? <MonthsCard personId={personId} /> : <Empty />,
              },
              ...(can('assessment.pq.read')
                ? [
                    {
                      key: 'pq',
                      label: t('assessment.pq_file'),
                      children: (
                        <Card
                          size="small"
                          loading={file.isLoading}
                          data-testid="pq-file"
                          extra={
                            <Button href={assessmentApi.pqPrintUrl(personId!)} target="_blank">
                              {t('assessment.print')}
                            </Button>
                          }
                        >
                          <Typography.Paragraph type="secondary">
                            {t('assessment.pq_audited')}
                          </Typography.Paragraph>
                          <Table
                            size="small"
                            rowKey="id"
                            scroll={{ x: true }}
                            dataSource={file.data?.entries ?? []}
                            columns={[
                              { title: t('assessment.day'), dataIndex: 'occurredOn' },
                              {
                                title: t('assessment.indicator'),
                                dataIndex: 'indicatorCode',
                                render: (c: string) => (
                                  <span>
                                    {ind(c)?.name}{' '}
                                    <Tag color={ind(c)?.polarity === 'negative' ? 'red' : 'green'}>
                                      {t(`assessment.polarity.${ind(c)?.polarity}`)}
                                    </Tag>
                                  </span>
                                ),
                              },
                              {
                                title: t('assessment.method'),
                                dataIndex: 'method',
                                render: (m: string) => t(`assessment.method.${m}`),
                              },
                              { title: t('assessment.source'), dataIndex: 'source' },
                              { title: t('assessment.note'), dataIndex: 'note' },
                            ]}
                          />
                          <SecondmentsSection record={file.data?.secondments} />
                        </Card>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
