/**
 * One base: the organisations settled in it for a term (ending soon marked), the instructors sent
 * to it, and its records under the four links 联建 联调 联管 联服 with the organisations taking
 * part; settling an organisation and recording an activity.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { addLink, getBase, LINKS, settleOrg, type Base } from './socialorgs.api.ts';
import { Heading } from './shared.tsx';

type SettleForm = { orgId: string; term: [Dayjs, Dayjs] };
type LinkForm = {
  link: (typeof LINKS)[number];
  heldOn: Dayjs;
  title: string;
  summary?: string;
  orgIds: string[];
};

/** The base page. */
export function BasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [settling, setSettling] = useState(false);
  const [linking, setLinking] = useState(false);
  const q = useQuery({ queryKey: ['socialorgs', 'base', id], queryFn: () => getBase(id) });
  const b = q.data;
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialorgs'] });
  if (!b) return <Card loading={q.isLoading} />;
  const orgOptions = b.orgs.map((o) => ({ value: o.id, label: o.name }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Heading title={b.name}>
        {b.can.manage && (
          <Button onClick={() => setSettling(true)} data-testid="sos-settle">
            {t('sos.settle')}
          </Button>
        )}
        {b.can.manage && (
          <Button type="primary" onClick={() => setLinking(true)} data-testid="sos-add-link">
            {t('sos.addLink')}
          </Button>
        )}
      </Heading>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('sos.baseKind')}>{t(`sos.baseKind.${b.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('sos.node')}>{b.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('sos.address')}>{b.address}</Descriptions.Item>
        <Descriptions.Item label={t('sos.instructorsHere')} span={3}>
          {b.instructors.join('、') || t('sos.none')}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16} data-testid="sos-link-figures">
        {LINKS.map((l) => (
          <Col key={l} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`sos.link.${l}`)} value={b.links[l]} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('sos.settled')}>
        <Table<Base['settlements'][number]>
          rowKey="orgId"
          size="small"
          pagination={false}
          dataSource={b.settlements}
          data-testid="sos-settlements"
          columns={[
            { title: t('sos.org'), dataIndex: 'orgName' },
            { title: t('sos.startsOn'), dataIndex: 'startsOn' },
            { title: t('sos.endsOn'), dataIndex: 'endsOn' },
            {
              title: '',
              key: 'state',
              render: (_: unknown, s) =>
                s.ending ? (
                  <Tag color="orange">{t('sos.ending')}</Tag>
                ) : (
                  <Tag color={s.running ? 'green' : 'default'}>
                    {t(s.running ? 'sos.running' : 'sos.ended')}
                  </Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('sos.records')}>
        <Table<Base['records'][number]>
          rowKey="id"
          size="small"
          dataSource={b.records}
          pagination={{ pageSize: 10 }}
          data-testid="sos-records"
          columns={[
            { title: t('sos.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('sos.link'),
              dataIndex: 'link',
              render: (v: string) => <Tag>{t(`sos.link.${v}`)}</Tag>,
            },
            { title: t('sos.title'), dataIndex: 'title' },
            { title: t('sos.orgs'), dataIndex: 'orgs', render: (v: string[]) => v.join('、') },
          ]}
        />
      </Card>
      <FormModal<SettleForm>
        open={settling}
        title={t('sos.settle')}
        onClose={() => setSettling(false)}
        initialValues={{ term: [dayjs(), dayjs().add(2, 'year').subtract(1, 'day')] }}
        testId="sos-settle-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await settleOrg(id, {
            orgId: v.orgId,
            startsOn: v.term[0].format('YYYY-MM-DD'),
            endsOn: v.term[1].format('YYYY-MM-DD'),
          });
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="orgId" label={t('sos.org')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={orgOptions} />
        </Form.Item>
        <Form.Item
          name="term"
          label={`${t('sos.startsOn')} – ${t('sos.endsOn')}`}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
      </FormModal>
      <FormModal<LinkForm>
        open={linking}
        title={t('sos.addLink')}
        onClose={() => setLinking(false)}
        initialValues={{ link: 'build', heldOn: dayjs() }}
        testId="sos-link-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addLink(id, {
            link: v.link,
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            title: v.title,
            summary: v.summary ?? '',
            orgIds: v.orgIds,
          });
          message.success(t('sos.saved'));
          await refresh();
        }}
      >
        <Form.Item name="link" label={t('sos.link')} rules={[{ required: true }]}>
          <Select
            data-testid="sos-link-kind"
            options={LINKS.map((l) => ({ value: l, label: t(`sos.link.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t('sos.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="title" label={t('sos.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="orgIds" label={t('sos.orgs')} rules={[{ required: true }]}>
          <Select data-testid="sos-link-orgs" mode="multiple" optionFilterProp="label" options={orgOptions} />
        </Form.Item>
        <Form.Item name="summary" label={t('sos.summary')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
