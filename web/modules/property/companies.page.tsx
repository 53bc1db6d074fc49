/**
 * Property companies 物业企业 (seed 001, Longquan): the register, the yearly star rating against the
 * five musts 五个必须落实 and its publication to owners.
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { ExportButton, ImportButton, Stars } from './common.tsx';
import {
  createCompany,
  getCriteria,
  linkStaff,
  listCompanies,
  publishRating,
  rateCompany,
  type Company,
} from './property.api.ts';
import { beijingYear } from '../../app/format.ts';
import { usePageNode } from '../../app/selected-node.tsx';

/** The company register with ratings. */
export function CompaniesPage() {
  const t = useT();
  usePageTitle(t('property.companies'));
  const { can } = useMe();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState(beijingYear());
  const [adding, setAdding] = useState(false);
  const [scoring, setScoring] = useState<Company | null>(null);
  const [linking, setLinking] = useState<Company | null>(null);
  const list = useQuery({
    queryKey: ['property', 'companies', year],
    queryFn: () => listCompanies({ year }),
  });
  const criteria = useQuery({
    queryKey: ['property', 'criteria', 'company', nodeId],
    queryFn: () => getCriteria(nodeId!, 'company'),
    enabled: !!nodeId,
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['property'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('property.companies')}
        </Typography.Title>
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((d) => ({ value: beijingYear() - d, label: `${beijingYear() - d}` }))}
            aria-label={t('property.year')}
          />
          {can('property.manage') && (
            <>
              <Button type="primary" onClick={() => setAdding(true)} data-testid="add-company">
                {t('property.register_company')}
              </Button>
              <ImportButton what="companies" nodeId={nodeId} onDone={refresh} />
            </>
          )}
          <Link to="/property/criteria">{t('property.criteria')}</Link>
          <ExportButton what="companies" year={year} />
          <ExportButton what="ratings" year={year} />
        </Space>
      </Space>
      <Table<Company>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('property.name'), dataIndex: 'name' },
          { title: t('property.credit_code'), dataIndex: 'creditCode' },
          { title: t('property.contact'), dataIndex: 'contactName' },
          {
            title: t('property.party_org'),
            render: (_, c) => (c.hasPartyOrg ? <Tag color="red">{t('property.has_party_org')}</Tag> : '—'),
          },
          { title: t('property.compound_count'), dataIndex: 'compounds' },
          {
            title: `${year} ${t('property.rating')}`,
            render: (_, c) =>
              c.rating ? (
                <Space data-testid={`rating-${c.name}`}>
                  <Stars value={c.rating.stars} />
                  <span>{c.rating.total}</span>
                  <Tag color={c.rating.state === 'published' ? 'green' : 'orange'}>
                    {t(c.rating.state === 'published' ? 'property.published' : 'property.scored')}
                  </Tag>
                </Space>
              ) : (
                <Tag>{t('property.unrated')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, c) => (
              <Space>
                {c.can.rate && c.rating?.state !== 'published' && (
                  <Button size="small" onClick={() => setScoring(c)} data-testid={`score-${c.name}`}>
                    {t('property.score')}
                  </Button>
                )}
                {c.can.rate && c.rating?.state === 'scored' && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`publish-${c.name}`}
                    onClick={() =>
                      modal.confirm({
                        title: t('property.publish'),
                        content: t('property.publish_confirm'),
                        onOk: async () => {
                          try {
                            await publishRating(c.id, year);
                            message.success(t('property.published'));
                            refresh();
                          } catch (e) {
                            reportError(e);
                          }
                        },
                      })
                    }
                  >
                    {t('property.publish')}
                  </Button>
                )}
                {c.can.manage && (
                  <Button size="small" onClick={() => setLinking(c)}>
                    {t('property.link_staff')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ name: string; creditCode: string; contactName: string; hasPartyOrg: boolean }>
        open={adding}
        title={t('property.register_company')}
        onClose={() => setAdding(false)}
        initialValues={{ hasPartyOrg: false }}
        onSubmit={async (v) => {
          await createCompany({ ...v, nodeId: nodeId! });
          message.success(t('property.saved'));
          refresh();
        }}
      >
        <Form.Item name="name" label={t('property.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('property.credit_code')} rules={[{ required: true, len: 18 }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="contactName" label={t('property.contact')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="hasPartyOrg" label={t('property.has_party_org')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
      <FormModal<Record<string, number | string>>
        open={!!scoring}
        title={`${scoring?.name ?? ''} · ${year} ${t('property.rating')}`}
        onClose={() => setScoring(null)}
        testId="score-modal"
        onSubmit={async (v) => {
          const { comment, ...scores } = v;
          const r = await rateCompany(
            scoring!.id,
            year,
            Object.fromEntries(Object.entries(scores).map(([k, x]) => [k, Number(x)])),
            String(comment ?? ''),
          );
          message.success(`${t('property.total')} ${r.total} · ${t('property.stars', { stars: r.stars })}`);
          refresh();
        }}
      >
        {criteria.data?.items.map((c) => (
          <Form.Item
            key={c.code}
            name={c.code}
            label={`${c.name}（${c.weight}）`}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} style={{ width: 120 }} data-testid={`score-${c.code}`} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('property.note')}>
          <Input.TextArea maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ username: string }>
        open={!!linking}
        title={`${linking?.name ?? ''} · ${t('property.link_staff')}`}
        onClose={() => setLinking(null)}
        onSubmit={async (v) => {
          await linkStaff(linking!.id, v.username);
          message.success(t('property.saved'));
        }}
      >
        <Form.Item name="username" label={t('property.username')} rules={[{ required: true }]}>
          <Input maxLength={64} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
