/**
 * A volunteer's own year: hours, star level against the district's thresholds, the hours to the
 * next star, activities; and the printable certificate 志愿服务证书 (an HTML print view).
 */
import {
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Progress,
  Rate,
  Space,
  Spin,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useState } from 'react';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { SignupTag } from './activities.page.tsx';
import {
  createTeam,
  getCertificateFor,
  getMyCertificate,
  getMyYear,
  listTeams,
  syncRegister,
} from './volunteers.api.ts';

/** My year. */
export function MyVolunteeringPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('volunteers.mine'));
  const q = useQuery({ queryKey: ['volunteers', 'me'], queryFn: () => getMyYear() });
  if (!q.data) return <Spin />;
  const y = q.data;
  const top = y.thresholds[Math.min(y.stars, 4)] ?? 1;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/volunteers">{t('volunteers.title')}</Link>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Statistic
            title={t('volunteers.year_hours', { year: y.year })}
            value={y.hours}
            data-testid="my-hours"
          />
          <div data-testid="my-stars" data-stars={y.stars}>
            {t('volunteers.stars')}: <Rate disabled count={5} value={y.stars} />
          </div>
          {y.nextStarHours !== null && (
            <>
              <Progress
                percent={Math.min(100, Math.round((y.hours / top) * 100))}
                showInfo={false}
                aria-label={t('volunteers.next_star', { h: y.nextStarHours })}
              />
              <Typography.Text type="secondary">
                {t('volunteers.next_star', { h: y.nextStarHours })}
              </Typography.Text>
            </>
          )}
          <Link
            to={`/print/volunteer-certificate?year=${y.year}`}
            target="_blank"
            data-testid="certificate-link"
          >
            <PrinterOutlined /> {t('volunteers.certificate')}
          </Link>
        </Space>
      </Card>
      <List
        dataSource={y.activities}
        renderItem={(a) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Link to={`/volunteers/activities/${a.id}`}>{a.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(a.startsAt, lang)} {a.hours !== null && `· ${a.hours} h`}
              </Typography.Text>
            </Space>
            <SignupTag state={a.state} />
          </List.Item>
        )}
      />
    </Space>
  );
}

/** The certificate as a page to print (outside the app layout). */
export function CertificatePrintPage() {
  const t = useT();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const volunteer = params.get('volunteer');
  const q = useQuery({
    queryKey: ['volunteers', 'certificate', year, volunteer],
    queryFn: () => (volunteer ? getCertificateFor(volunteer, year) : getMyCertificate(year)),
  });
  usePageTitle(t('volunteers.certificate'));
  if (q.error) return <Typography.Text type="danger">{String(q.error)}</Typography.Text>;
  if (!q.data) return <Spin />;
  const c = q.data;
  return (
    <div style={{ maxWidth: 760, margin: '24px auto', padding: 16 }}>
      <style>{'@media print { .no-print { display: none } body { margin: 0 } }'}</style>
      <div
        data-testid="certificate"
        style={{
          border: '6px double #b71c1c',
          padding: '48px 56px',
          textAlign: 'center',
          fontFamily: 'serif',
          background: '#fffdf7',
        }}
      >
        <h1 style={{ color: '#b71c1c', letterSpacing: 8, fontSize: 34 }}>{t('volunteers.certificate')}</h1>
        <p style={{ fontSize: 18, lineHeight: 2, textAlign: 'left', textIndent: '2em', marginTop: 32 }}>
          {t('volunteers.cert.body', { name: c.name, year: c.year, hours: c.hours, n: c.activities })}
          {c.stars > 0 && t('volunteers.cert.star', { stars: c.stars })}
          {t('volunteers.cert.thanks')}
        </p>
        <div style={{ fontSize: 28, color: '#d4a017', margin: '16px 0' }} data-testid="certificate-stars">
          {'★'.repeat(c.stars)}
          {'☆'.repeat(5 - c.stars)}
        </div>
        <p style={{ textAlign: 'right', marginTop: 40, fontSize: 16 }}>
          {c.issuer}
          <br />
          {c.issuedOn}
        </p>
        <p style={{ textAlign: 'left', color: '#888', fontSize: 12 }}>
          {t('volunteers.cert.number', { n: c.number })}
        </p>
      </div>
      <div className="no-print" style={{ textAlign: 'center', marginTop: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('volunteers.print')}
        </Button>
      </div>
    </div>
  );
}

/** Teams, and bringing the register's volunteers in. */
export function TeamsPage() {
  const t = useT();
  const { me } = useMe();
  const { node } = useSelectedNode();
  const { message } = App.useApp();
  const qc = useQueryClient();
  usePageTitle(t('volunteers.teams'));
  const [creating, setCreating] = useState(false);
  const nodeId = node?.id ?? me?.grants?.find((g) => g.role !== 'resident')?.nodeId;
  const q = useQuery({ queryKey: ['volunteers', 'teams', node?.id], queryFn: () => listTeams(node?.id) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('volunteers.teams')}
        </Typography.Title>
        <Link to="/volunteers">{t('volunteers.title')}</Link>
        <Button onClick={() => setCreating(true)}>{t('volunteers.team.new')}</Button>
        {nodeId && (
          <Button
            onClick={async () => {
              const r = await syncRegister(nodeId);
              message.success(t('volunteers.synced', r));
              await qc.invalidateQueries({ queryKey: ['volunteers'] });
            }}
          >
            {t('volunteers.sync')}
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data}
        columns={[
          { title: t('volunteers.team.name'), dataIndex: 'name' },
          { title: t('volunteers.team.leader'), dataIndex: 'leader' },
          { title: '', dataIndex: 'nodeName' },
          { title: t('volunteers.team.members'), dataIndex: 'members' },
        ]}
      />
      <FormModal<{ name: string; leader?: string }>
        open={creating}
        title={t('volunteers.team.new')}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          await createTeam({ nodeId: nodeId!, ...v });
          await qc.invalidateQueries({ queryKey: ['volunteers'] });
        }}
      >
        <Form.Item name="name" label={t('volunteers.team.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="leader" label={t('volunteers.team.leader')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
