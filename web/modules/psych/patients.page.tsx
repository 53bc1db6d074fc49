/**
 * The register of patients with severe mental disorders 严重精神障碍患者 (masked): officers see the
 * patients under their node, a grid worker only their own; follow-ups due or overdue in red; Excel
 * out (masked) and in (per-row errors).
 */
import { useState } from 'react';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { importPatients, listPatients, patientsExportUrl, type PatientList } from './psych.api.ts';
import './psych.shared.tsx';

type Row = PatientList['items'][number];
type ImportRow = {
  row: number;
  action: 'add' | 'skip';
  place: string;
  name: string;
  category: string;
  riskLevel: number;
};

/** The register page. */
export function PatientsPage() {
  const t = useT();
  useDocumentTitle(t('ps.patients'));
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['psych', 'patients'], queryFn: () => listPatients() });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ps.patients')}
      </Typography.Title>
      <Alert type="info" title={t('ps.patients.hint')} description={t('ps.cycle')} />
      <Space>
        {q.data?.can.export && <Button href={patientsExportUrl()}>{t('ps.export')}</Button>}
        {q.data?.can.register && nodeId && (
          <Button onClick={() => setImporting(true)}>{t('ps.import')}</Button>
        )}
      </Space>
      <Table<Row>
        rowKey="id"
        size="small"
        data-testid="ps-patients"
        loading={q.isLoading}
        dataSource={q.data?.items}
        scroll={{ x: true }}
        columns={[
          { title: t('ps.node'), dataIndex: 'nodeName' },
          { title: t('ps.name'), render: (_, p) => <Link to={`/psych/patients/${p.id}`}>{p.name}</Link> },
          { title: t('ps.idNumber'), dataIndex: 'idNumber' },
          { title: t('ps.category'), render: (_, p) => t(`psych.category.${p.category}`) },
          { title: t('ps.risk'), dataIndex: 'riskLevel' },
          { title: t('ps.huji'), render: (_, p) => (p.huji ? t('ps.yes') : t('ps.no')) },
          { title: t('ps.lastVisit'), dataIndex: 'lastVisitOn' },
          {
            title: t('ps.nextDue'),
            render: (_, p) =>
              p.overdue ? <Tag color="red">{`${p.nextDue} ${t('ps.overdue')}`}</Tag> : p.nextDue,
          },
        ]}
      />
      {importing && nodeId && (
        <SheetImportModal<ImportRow>
          title={t('ps.imp.title')}
          messages="ps.imp"
          send={importPatients(nodeId)}
          columns={[
            { title: t('ps.node'), dataIndex: 'place' },
            { title: t('ps.name'), dataIndex: 'name' },
            {
              title: t('ps.category'),
              dataIndex: 'category',
              render: (v: string) => t(`psych.category.${v}`),
            },
            { title: t('ps.risk'), dataIndex: 'riskLevel' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['psych'] })}
        />
      )}
    </Space>
  );
}
