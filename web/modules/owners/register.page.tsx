/**
 * A compound's owners' register 业主名册: each owner with their rooms and floor area (phones masked,
 * revealed on request with an audit entry), a unit typed in, the register from and to Excel, an
 * owner linked to a resident account for online voting.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addUnit,
  importRegister,
  linkOwner,
  listOwners,
  registerExportUrl,
  revealOwner,
  type OwnerRow,
  type RegisterImport,
  type UnitInput,
} from './owners.api.ts';
import './owners.shared.tsx';

/** The register page. */
export function RegisterPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [linking, setLinking] = useState<OwnerRow | null>(null);
  const [phones, setPhones] = useState<Record<string, string>>({});
  const q = useQuery({ queryKey: ['owners', 'owners', id], queryFn: () => listOwners(id!) });
  const d = q.data;
  useDocumentTitle(d ? `${d.compound.name} ${t('own.register')}` : t('own.register'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['owners'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {d ? `${d.compound.name} · ${t('own.register')}` : t('own.register')}
          </Typography.Title>
          {d && (
            <Typography.Text type="secondary" data-testid="own-totals">
              {t('own.totals', { units: d.totals.units, owners: d.totals.owners, area: d.totals.areaM2 })}
            </Typography.Text>
          )}
        </div>
        <Space wrap>
          {d?.can.register && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('own.addUnit')}
            </Button>
          )}
          {d?.can.register && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('own.import')}
            </Button>
          )}
          {d?.can.export && (
            <Button icon={<DownloadOutlined />} href={registerExportUrl(id!)}>
              {t('own.export')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<OwnerRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={d?.items ?? []}
        pagination={{ pageSize: 50 }}
        scroll={{ x: 700 }}
        data-testid="own-register"
        columns={[
          { title: t('own.ownerName'), dataIndex: 'name' },
          {
            title: t('own.phone'),
            key: 'phone',
            render: (_: unknown, r) =>
              phones[r.id] ??
              (d?.can.reveal && r.phone ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    void revealOwner(r.id)
                      .then((x) => setPhones((p) => ({ ...p, [r.id]: x.phone })))
                      .catch(reportError)
                  }
                >
                  {r.phone}
                </Button>
              ) : (
                r.phone
              )),
          },
          { title: t('own.rooms'), dataIndex: 'rooms', render: (v: string[]) => v.join('、') },
          { title: t('own.area'), dataIndex: 'areaM2', align: 'right' },
          {
            title: t('own.online'),
            key: 'linked',
            render: (_: unknown, r) =>
              r.linked ? (
                <Tag color="green">{t('own.linkedYes')}</Tag>
              ) : d?.can.register ? (
                <Button size="small" onClick={() => setLinking(r)}>
                  {t('own.link')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<UnitInput>
        open={adding}
        title={t('own.addUnit')}
        onClose={() => setAdding(false)}
        testId="own-unit-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addUnit(id!, v);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="room" label={t('own.room')} rules={[{ required: true, max: 40 }]}>
          <Input placeholder="3-2-501" />
        </Form.Item>
        <Form.Item name="area" label={t('own.areaInput')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="name" label={t('own.ownerName')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('own.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
      </FormModal>
      <FormModal<{ username: string }>
        open={!!linking}
        title={`${t('own.link')} · ${linking?.name ?? ''}`}
        onClose={() => setLinking(null)}
        onSubmit={async (v) => {
          await linkOwner(linking!.id, v.username);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="username" label={t('own.username')} rules={[{ required: true, max: 64 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<RegisterImport['rows'][number]>
          title={t('own.import')}
          messages="own.imp"
          send={importRegister(id!)}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          columns={[
            { title: t('own.room'), dataIndex: 'room' },
            { title: t('own.ownerName'), dataIndex: 'name' },
          ]}
        />
      )}
    </Space>
  );
}
