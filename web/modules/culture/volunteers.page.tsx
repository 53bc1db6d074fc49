/**
 * Star culture volunteers of a year (confirmed hours against the district's thresholds): issue a
 * numbered 星级文化志愿者证书 and print it, nominate upward (深圳市五星级义工, 优秀文化志愿者) within the
 * quotas the district sets per street or community.
 */
import { useState } from 'react';
import { App, Button, Input, InputNumber, Modal, Rate, Select, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { certify, getCertificate, getVolunteers, nominate, type Volunteers } from './culture.api.ts';
import { errorText } from './culture.shared.tsx';
import { QuotasCard } from './quotas.card.tsx';

type Line = Volunteers['volunteers'][number];

/** The star volunteers page. */
export function VolunteersPage() {
  const t = useT();
  useDocumentTitle(t('cu.vol.title'));
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useQuery({ queryKey: ['culture', 'volunteers', year], queryFn: () => getVolunteers({ year }) });
  const nav = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [nominating, setNominating] = useState<Line | null>(null);
  const issue = async (l: Line) => {
    try {
      const c = await certify(l.memberId, year);
      await qc.invalidateQueries({ queryKey: ['culture', 'volunteers'] });
      nav(`/culture/certificates/${c.id}`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cu.vol.title')}
      </Typography.Title>
      <Space wrap>
        <InputNumber
          aria-label={t('cu.vol.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        {q.data && (
          <Typography.Text type="secondary">
            {t('cu.vol.thresholds', { t: q.data.starHours.join(' / ') })}
          </Typography.Text>
        )}
      </Space>
      <Table
        data-testid="cu-volunteers"
        rowKey="memberId"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.volunteers ?? []}
        scroll={{ x: 720 }}
        columns={[
          { title: t('cu.vol.name'), dataIndex: 'name' },
          { title: t('cu.vol.team'), dataIndex: 'teamName' },
          { title: t('cu.vol.hours'), dataIndex: 'hours', align: 'right' },
          {
            title: t('cu.vol.stars'),
            dataIndex: 'stars',
            render: (n: number) => (n ? <Rate disabled count={5} value={n} /> : '—'),
          },
          {
            title: t('cu.vol.cert'),
            render: (_, l) =>
              l.certificateId ? (
                <Link to={`/culture/certificates/${l.certificateId}`}>{l.certificateNo}</Link>
              ) : l.stars > 0 ? (
                <Button size="small" onClick={() => issue(l)}>
                  {t('cu.vol.certify')}
                </Button>
              ) : null,
          },
          {
            title: t('cu.vol.nominate'),
            render: (_, l) => (
              <Space size={4} wrap>
                {l.nominations.map((n) => (
                  <Tag key={n} color="gold">
                    {t(`cu.title.${n}`)}
                  </Tag>
                ))}
                {l.stars >= 3 && l.nominations.length < 2 && (
                  <Button size="small" onClick={() => setNominating(l)}>
                    {t('cu.vol.nominate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <QuotasCard year={year} />
      {nominating && <NominateModal line={nominating} year={year} onClose={() => setNominating(null)} />}
    </Space>
  );
}

function NominateModal(props: { line: Line; year: number; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const titles = (['city_five_star', 'outstanding'] as const).filter(
    (x) => !props.line.nominations.includes(x) && (x === 'outstanding' || props.line.stars === 5),
  );
  const [title, setTitle] = useState(titles[0]);
  const [reason, setReason] = useState('');
  const submit = async () => {
    try {
      await nominate({ memberId: props.line.memberId, year: props.year, title, reason });
      message.success(t('cu.saved'));
      await qc.invalidateQueries({ queryKey: ['culture', 'volunteers'] });
      props.onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Modal open title={`${t('cu.vol.nominate')} ${props.line.name}`} onOk={submit} onCancel={props.onClose}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select
          aria-label={t('cu.vol.nominate')}
          value={title}
          onChange={setTitle}
          options={titles.map((x) => ({ value: x, label: t(`cu.title.${x}`) }))}
        />
        <Input.TextArea
          aria-label={t('cu.vol.reason')}
          placeholder={t('cu.vol.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
        />
      </Space>
    </Modal>
  );
}

/** The printable certificate (print it from the browser: the button does not print). */
export function CertificatePage() {
  const t = useT();
  const { id } = useParams() as { id: string };
  const q = useQuery({ queryKey: ['culture', 'certificate', id], queryFn: () => getCertificate(id) });
  const c = q.data;
  useDocumentTitle(c ? `${t('cu.cert.title')} ${c.number}` : t('cu.cert.title'));
  if (!c) return null;
  return (
    <div
      style={{
        maxWidth: 720,
        margin: '0 auto',
        background: '#fff',
        padding: 32,
        border: '4px double #b8860b',
      }}
      data-testid="cu-certificate"
    >
      <style>{'@media print { .cu-noprint { display: none !important; } }'}</style>
      <Space className="cu-noprint" style={{ marginBottom: 16 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('cu.print')}
        </Button>
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {t('cu.cert.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'right' }} data-testid="cu-certificate-no">
        {c.number}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ fontSize: 18, lineHeight: 2 }}>
        {t('cu.cert.body', { name: c.name, year: c.year, team: c.teamName, hours: c.hours })}
        <Typography.Text strong> {t('cu.cert.stars', { n: c.stars })}</Typography.Text>
        {t('cu.cert.thanks')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'right' }}>{c.districtName}</Typography.Paragraph>
      <Typography.Paragraph style={{ textAlign: 'right' }}>
        {t('cu.cert.issued', { day: c.issuedOn })}
      </Typography.Paragraph>
    </div>
  );
}
