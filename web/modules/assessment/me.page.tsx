/**
 * 我的考核: a cadre's own sheets (the current one to fill, prefilled so it takes minutes [000]), the
 * result once fed back, and their ledger, promotion months, portrait and work reports. Works at 390 px.
 */
import { useNavigate, useParams } from 'react-router';
import { Alert, Col, List, Row, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { assessmentApi } from './assessment.api.ts';
import { GradeTag, usePageTitle } from './common.tsx';
import { MySheet } from './my-sheet.tsx';
import { LedgerCard, MonthsCard, PortraitCard } from './person-cards.tsx';
import { MyReports } from './my-reports.tsx';

/** The cadre's own page. */
export function MyAssessmentPage() {
  const t = useT();
  usePageTitle(t('assessment.me'));
  const { me } = useMe();
  const personId = me?.user?.personId ?? null;
  const { id } = useParams();
  const navigate = useNavigate();
  const sheets = useQuery({ queryKey: ['assessment', 'me', 'sheets'], queryFn: assessmentApi.mySheets });
  const open = id ?? sheets.data?.[0]?.id;
  return (
    <div data-testid="assessment-me">
      <Typography.Title level={4}>{t('assessment.me')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'sheet',
            label: t('assessment.sheet'),
            children: (
              <Row gutter={[12, 12]}>
                <Col xs={24} md={6}>
                  <List
                    size="small"
                    bordered
                    loading={sheets.isLoading}
                    dataSource={sheets.data ?? []}
                    data-testid="my-sheets"
                    renderItem={(s) => (
                      <List.Item
                        onClick={() => navigate(`/assessment/me/${s.id}`)}
                        style={{ cursor: 'pointer', fontWeight: s.id === open ? 600 : 400 }}
                      >
                        <Space>
                          {s.quarter}
                          <Tag>{t(`assessment.state.${s.status}`)}</Tag>
                          <GradeTag grade={s.grade} />
                        </Space>
                      </List.Item>
                    )}
                  />
                </Col>
                <Col xs={24} md={18}>
                  {open ? <MySheet id={open} /> : <Alert type="info" title={t('assessment.no_sheet')} />}
                </Col>
              </Row>
            ),
          },
          ...(personId
            ? [
                {
                  key: 'points',
                  label: t('assessment.ledger'),
                  children: <LedgerCard personId={personId} />,
                },
                {
                  key: 'months',
                  label: t('assessment.months'),
                  children: <MonthsCard personId={personId} />,
                },
                {
                  key: 'portrait',
                  label: t('assessment.portrait'),
                  children: <PortraitCard personId={personId} />,
                },
                { key: 'reports', label: t('assessment.reports'), children: <MyReports /> },
              ]
            : []),
        ]}
      />
    </div>
  );
}
