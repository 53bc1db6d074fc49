/** Reporting an event or hazard from the field, with a photo shrunk on the phone; works offline. */
import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Radio, Select, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { FileInput } from '../../app/file-input.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { CATEGORIES, PageTitle, SyncBar, useMyGrids, useOnline } from './common.tsx';
import { enqueueAll } from './outbox.ts';
import { compressPhoto } from './photo.ts';
import { uuidv7 } from './uuidv7.ts';

interface ReportForm {
  category: string;
  level: 1 | 2 | 3;
  nodeId: string;
  title: string;
  description?: string;
  address?: string;
}

/** The report page. */
export default function ReportPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const online = useOnline();
  const [params] = useSearchParams();
  const grids = useMyGrids();
  const { node } = useSelectedNode();
  const [form] = Form.useForm<ReportForm>();
  const [photo, setPhoto] = useState<{ blob: Blob; url: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** Set when reporting what a civilisation patrol found: the event is tied to that patrol. */
  const patrolId = params.get('patrolId');

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const blob = await compressPhoto(file);
      if (photo) URL.revokeObjectURL(photo.url);
      setPhoto({ blob, url: URL.createObjectURL(blob), name: file.name.replace(/\.\w+$/, '') + '.jpg' });
    } catch (e) {
      message.error(String(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (v: ReportForm) => {
    setBusy(true);
    try {
      const id = uuidv7();
      // the report and its photo are stored on the phone together before anything is said
      await enqueueAll([
        {
          op: {
            kind: 'event.create',
            label: v.title,
            body: {
              id,
              nodeId: v.nodeId,
              category: v.category,
              level: v.level,
              title: v.title,
              description: v.description ?? '',
              address: v.address ?? '',
              reporterKind: patrolId ? 'patrol' : 'grid_worker',
              reportedAt: new Date().toISOString(),
              ...(patrolId ? { patrolId } : {}),
            },
          },
        },
        ...(photo
          ? [
              {
                op: {
                  kind: 'photo.upload' as const,
                  label: v.title,
                  targetId: id,
                  body: { photoId: uuidv7() },
                },
                photo: { blob: photo.blob, name: photo.name },
              },
            ]
          : []),
      ]);
      message.success(online ? t('grid.sync.savedOnline') : t('grid.sync.queued'));
      navigate('/grid/sync');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <SyncBar />
      <PageTitle>{t('grid.report.title')}</PageTitle>
      {patrolId && (
        <Typography.Paragraph type="secondary" data-testid="report-from-patrol">
          {t('grid.report.fromPatrol')}
        </Typography.Paragraph>
      )}
      <Form<ReportForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="report-form"
        initialValues={{
          level: 1,
          category: 'fire_hazard',
          nodeId: params.get('nodeId') ?? grids[0]?.id ?? node?.id,
          address: params.get('address') ?? '',
        }}
      >
        <Form.Item
          name="category"
          label={t('grid.report.category')}
          rules={[{ required: true, message: t('grid.report.required') }]}
        >
          <Select
            data-testid="report-category"
            options={CATEGORIES.map((c) => ({ value: c, label: t(`grid.cat.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="level" label={t('grid.report.level')}>
          <Radio.Group>
            {[1, 2, 3].map((l) => (
              <Radio.Button key={l} value={l}>
                {t(`grid.report.level.${l}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="nodeId"
          label={t('grid.report.grid')}
          rules={[{ required: true, message: t('grid.report.required') }]}
        >
          {grids.length ? (
            <Select data-testid="report-grid" options={grids.map((g) => ({ value: g.id, label: g.name }))} />
          ) : (
            <NodePicker initial={node} />
          )}
        </Form.Item>
        <Form.Item
          name="title"
          label={t('grid.report.titleField')}
          rules={[{ required: true, whitespace: true, message: t('grid.report.required') }, { max: 100 }]}
        >
          <Input data-testid="report-title" maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('grid.report.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} data-testid="report-description" />
        </Form.Item>
        <Form.Item name="address" label={t('grid.report.address')} rules={[{ max: 200 }]}>
          <Input data-testid="report-address" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('grid.report.photo')} extra={t('grid.report.photoHint')}>
          <FileInput
            label={t('grid.report.photo')}
            accept="image/*"
            capture="environment"
            testId="report-photo"
            onFile={(f) => void pick(f)}
          />
          {photo && (
            <div style={{ marginTop: 8 }}>
              <img src={photo.url} alt="" style={{ maxWidth: '100%', maxHeight: 200, display: 'block' }} />
              <Typography.Text type="secondary" data-testid="report-photo-size">
                {t('grid.report.photoReady', { kb: Math.ceil(photo.blob.size / 1024) })}
              </Typography.Text>
            </div>
          )}
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="report-submit">
          {t('grid.report.submit')}
        </Button>
      </Form>
    </div>
  );
}
