/** The sign-up drives 攻坚签约 the user sees: each with its stage and rates against the targets; a new drive. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { createCampaign, KINDS, listCampaigns, type Campaign, type CampaignInput } from './campaigns.api.ts';
import { campaignsMessages } from './campaigns.messages.ts';

addMessages(campaignsMessages);

/** A rate against its target as a bar (green once the target is met). */
export function RateBar(props: { label: string; value: number | null; target: number; testId?: string }) {
  const t = useT();
  const v = props.value ?? 0;
  return (
    <div data-testid={props.testId}>
      <Typography.Text type="secondary">
        {props.label} {props.value == null ? '—' : `${v}%`}（{t('cmp.target', { pct: props.target })}）
      </Typography.Text>
      <Progress
        percent={v}
        showInfo={false}
        status={v >= props.target ? 'success' : 'active'}
        aria-label={props.label}
      />
    </div>
  );
}

/** One drive as a card. */
function CampaignCard(props: { c: Campaign }) {
  const t = useT();
  const { c } = props;
  return (
    <Card
      size="small"
      data-testid="cmp-card"
      title={
        <Space wrap>
          <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
          <Tag color="purple">{t(`cmp.kind.${c.kind}`)}</Tag>
        </Space>
      }
      extra={<Tag color={c.stage === 'done' ? 'green' : 'blue'}>{t(`cmp.stage.${c.stage}`)}</Tag>}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {c.nodeName} · {c.startedOn} → {c.targetOn} · {t('cmp.households')} {c.figures.households}
        {c.myTeamId && (
          <Tag style={{ marginLeft: 8 }} color="gold">
            {t('cmp.myTeam')}
          </Tag>
        )}
      </Typography.Paragraph>
      <RateBar label={t('cmp.signRate')} value={c.figures.signRate} target={c.targetSignPct} />
      <RateBar label={t('cmp.moveRate')} value={c.figures.moveRate} target={c.targetMovePct} />
      <Space wrap>
        {c.figures.pending > 0 && (
          <Tag color="orange">
            {t('cmp.pending')} {c.figures.pending}
          </Tag>
        )}
        {c.figures.overdue > 0 && c.stage !== 'done' && (
          <Tag color="red">
            {t('cmp.overdue')} {c.figures.overdue}
          </Tag>
        )}
      </Space>
    </Card>
  );
}

/** The list of drives. */
export function CampaignsPage() {
  const t = useT();
  useDocumentTitle(t('cmp.title'));
  const { can, me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const node = usePageNode();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['campaigns', 'list', node], queryFn: () => listCampaigns(node) });
  const owner = me?.grants?.find((g) => g.role === 'street_officer' || g.role === 'org_officer')?.nodeId;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cmp.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cmp.hint')}</Typography.Text>
        </div>
        {can('campaigns.manage') && owner && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="cmp-new">
            {t('cmp.new')}
          </Button>
        )}
      </Space>
      {list.data?.length === 0 && <Empty description={t('cmp.none')} />}
      <Row gutter={[12, 12]}>
        {(list.data ?? []).map((c) => (
          <Col key={c.id} xs={24} lg={12}>
            <CampaignCard c={c} />
          </Col>
        ))}
      </Row>
      <FormModal<Omit<CampaignInput, 'nodeId'>>
        open={open}
        title={t('cmp.new')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'land', startedOn: beijingDay(), targetSignPct: 95, targetMovePct: 95 }}
        testId="cmp-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await createCampaign({ ...v, nodeId: owner! });
          message.success(t('cmp.saved'));
          await qc.invalidateQueries({ queryKey: ['campaigns'] });
        }}
      >
        <Form.Item name="name" label={t('cmp.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('cmp.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`cmp.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="areaM2" label={t('cmp.area')} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startedOn" label={t('cmp.startedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="targetOn" label={t('cmp.targetOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="targetSignPct" label={t('cmp.targetSign')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="targetMovePct" label={t('cmp.targetMove')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        </Space>
      </FormModal>
    </Space>
  );
}
