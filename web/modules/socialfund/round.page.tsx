/** One round 期: its call, the ranked applications, the office's moves, Excel out and in, and applying. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { RoundState } from './funds.page.tsx';
import {
  apply,
  applicationsExportUrl,
  fundedExportUrl,
  getRound,
  importLines,
  moveRound,
  yuan,
  type AppRow,
  type ApplicationInput,
} from './socialfund.api.ts';
import { socialfundMessages, socialfundPageMessages } from './socialfund.messages.ts';

addMessages(socialfundPageMessages);
addMessages(socialfundMessages);

type ApplyForm = Omit<ApplicationInput, 'lines'> & { lines: { item: string; amount: number }[] };

/** The round page. */
export function RoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const key = useIdempotencyKey();
  const [applying, setApplying] = useState(false);
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['socialfund', 'round', id], queryFn: () => getRound(id) });
  const r = q.data;
  useDocumentTitle(r ? `${r.fundName} ${r.title}` : t('sf.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialfund'] });
  if (!r) return null;
  const committees = (me?.grants ?? []).filter((g) =>
    ['street_officer', 'community_officer'].includes(g.role),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {r.fundName} {r.title}
          </Typography.Title>
          <RoundState state={r.state} />
        </div>
        <Space wrap>
          {r.actions.map((a) => (
            <Button
              key={a}
              type="primary"
              data-testid={`sf-round-${a}`}
              onClick={async () => {
                await moveRound(r.id, { action: a, version: r.version });
                message.success(t('sf.saved'));
                await refresh();
              }}
            >
              {t(`sf.round.action.${a}`)}
            </Button>
          ))}
          {r.can.apply && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setApplying(true)}
              data-testid="sf-apply"
            >
              {t('sf.apply')}
            </Button>
          )}
          {r.can.manage && r.state === 'call' && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('sf.import')}
            </Button>
          )}
          {r.can.export && (
            <>
              <Button icon={<DownloadOutlined />} href={applicationsExportUrl(r.id)}>
                {t('sf.export')}
              </Button>
              <Button icon={<DownloadOutlined />} href={fundedExportUrl(r.id)}>
                {t('sf.export_funded')}
              </Button>
            </>
          )}
          {r.state === 'published' && (
            <Button href={`/socialfund-public/${r.id}`} target="_blank">
              {t('sf.public')}
            </Button>
          )}
        </Space>
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('sf.call')}>
            {r.opensOn} ~ {r.closesOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('sf.budget')}>{yuan(r.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label={t('sf.allocated')}>{yuan(r.allocatedFen)}</Descriptions.Item>
          <Descriptions.Item label={t('sf.cap')}>{yuan(r.capFen)}</Descriptions.Item>
          <Descriptions.Item label={t('sf.plan')}>{r.tranchePlan.join('/')}</Descriptions.Item>
          <Descriptions.Item label={t('sf.category')}>{r.categories.join('、')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Table<AppRow>
        size="small"
        rowKey="id"
        data-testid="sf-apps"
        pagination={false}
        scroll={{ x: true }}
        dataSource={r.applicationsList}
        columns={[
          { title: t('sf.rank'), dataIndex: 'rank', width: 60 },
          {
            title: t('sf.project'),
            dataIndex: 'title',
            render: (v: string, a) => <Link to={`/socialfund/applications/${a.id}`}>{v}</Link>,
          },
          { title: t('sf.applicant'), dataIndex: 'applicantName' },
          { title: t('sf.category'), dataIndex: 'category' },
          { title: t('sf.requested'), dataIndex: 'requestedFen', align: 'right', render: yuan },
          { title: t('sf.mean'), dataIndex: 'meanScore', align: 'right', render: (v) => v ?? '—' },
          {
            title: t('sf.state'),
            dataIndex: 'state',
            render: (s: string) => <Tag>{t(`socialfund.state.${s}`)}</Tag>,
          },
          { title: t('sf.granted'), dataIndex: 'grantedFen', align: 'right', render: yuan },
        ]}
      />
      <FormModal<ApplyForm>
        open={applying}
        title={t('sf.apply')}
        width={640}
        onClose={() => setApplying(false)}
        testId="sf-apply-form"
        testIdOn="form"
        initialValues={{
          category: r.categories[0],
          beneficiaries: 100,
          lines: [{ item: '人员经费', amount: 0 }],
          nodeId: r.fundKind === 'party' ? committees[0]?.nodeId : undefined,
        }}
        onSubmit={async (v) => {
          const made = await apply(
            r.id,
            {
              ...v,
              nodeId: r.fundKind === 'party' ? v.nodeId : undefined,
              lines: v.lines.map((l) => ({ item: l.item, amountFen: Math.round(l.amount * 100) })),
            },
            key.get(),
          );
          key.done();
          message.success(t('sf.saved'));
          await refresh();
          void navigate(`/socialfund/applications/${made.id}`);
        }}
      >
        {r.fundKind === 'party' && (
          <Form.Item name="nodeId" label={t('sf.committee')} rules={[{ required: true }]}>
            <Select options={committees.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('sf.project')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('sf.category')} rules={[{ required: true }]}>
          <Select options={r.categories.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('sf.summary')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="beneficiaries" label={t('sf.beneficiaries')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000_000} precision={0} />
        </Form.Item>
        <Typography.Text strong>{t('sf.lines')}</Typography.Text>
        <Form.List name="lines">
          {(fields, ops) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'item']} rules={[{ required: true, max: 60 }]}>
                    <Input placeholder={t('sf.item')} aria-label={t('sf.item')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount']} rules={[{ required: true }]}>
                    <InputNumber
                      min={0.01}
                      max={1e10}
                      precision={2}
                      placeholder={t('sf.amount')}
                      aria-label={t('sf.amount')}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button icon={<DeleteOutlined />} aria-label="×" onClick={() => ops.remove(f.name)} />
                  )}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => ops.add({ item: '', amount: 0 })}>
                {t('sf.add_line')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
      {importing && (
        <SheetImportModal<{
          row: number;
          action: 'add' | 'skip';
          title: string;
          item: string;
          amountFen: number;
        }>
          title={t('sf.import.title')}
          messages="sf.import"
          send={(file, dry) => importLines(r.id, file, dry)}
          columns={[
            { title: t('sf.project'), dataIndex: 'title' },
            { title: t('sf.item'), dataIndex: 'item' },
            { title: t('sf.amount'), dataIndex: 'amountFen', render: yuan },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Space>
  );
}
