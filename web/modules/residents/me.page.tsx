/**
 * A resident's own page (phone): the account, verification (claim one's record, or an invitation
 * code), the community with links to its council and votes, and children linked for the
 * children's council.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Divider,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  claimRecord,
  getResidentMe,
  linkChild,
  redeemInvite,
  searchCommunities,
  unlinkChild,
  type ResidentMe,
} from './residents.api.ts';

/** Picks a community by name (public search); value is the community id, onPick gives its district. */
export function CommunitySelect(props: {
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
  onPick?: (c: { id: string; districtId: string; name: string }) => void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['residents', 'communities', q],
    queryFn: () => searchCommunities(q),
    enabled: q.trim().length > 0,
    meta: { silent: true },
  });
  const items = found.data ?? [];
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      placeholder={t('residents.community.search')}
      notFoundContent={null}
      onChange={(id: string) => {
        props.onChange?.(id);
        const c = items.find((x) => x.id === id);
        if (c) props.onPick?.({ id: c.id, districtId: c.districtId, name: c.name });
      }}
      options={items.map((c) => ({ value: c.id, label: `${c.name}（${c.parents.slice(-2).join(' ')}）` }))}
      data-testid="community-select"
    />
  );
}

function Verify(props: { onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ communityId: string; name: string; nationalId: string }>();
  const [district, setDistrict] = useState<string | null>(null);
  const [code, setCode] = useState('');
  async function claim() {
    const v = await form.validateFields();
    try {
      const r = await claimRecord({ districtId: district!, name: v.name, nationalId: v.nationalId });
      message.success(t('residents.claim.done', { community: r.communityName }));
      form.resetFields();
      props.onDone();
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    }
  }
  async function redeem() {
    try {
      const r = await redeemInvite(code);
      message.success(t('residents.claim.done', { community: r.communityName }));
      props.onDone();
    } catch (e) {
      reportError(e);
    }
  }
  return (
    <Card title={t('residents.claim.title')} size="small" data-testid="claim-card">
      <Typography.Paragraph type="secondary">{t('residents.claim.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" data-testid="claim-form">
        <Form.Item name="communityId" label={t('residents.community')} rules={[{ required: true }]}>
          <CommunitySelect onPick={(c) => setDistrict(c.districtId)} />
        </Form.Item>
        <Form.Item name="name" label={t('residents.name')} rules={[{ required: true, max: 50 }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="nationalId" label={t('residents.national_id')} rules={[{ required: true, len: 18 }]}>
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Button type="primary" block onClick={() => void claim()} data-testid="claim-submit">
          {t('residents.claim.submit')}
        </Button>
      </Form>
      <Divider plain>{t('residents.or_invite')}</Divider>
      <Form layout="vertical">
        <Form.Item label={t('residents.invite_code')} htmlFor="invite-code">
          <Space.Compact style={{ width: '100%' }}>
            <Input id="invite-code" value={code} onChange={(e) => setCode(e.target.value)} maxLength={9} />
            <Button onClick={() => void redeem()} disabled={code.trim().length < 8}>
              {t('residents.redeem')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Card>
  );
}

function Children(props: { me: ResidentMe; onChanged: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ name: string; nationalId: string; consent: boolean }>();
  async function link() {
    const v = await form.validateFields();
    try {
      await linkChild({ name: v.name, nationalId: v.nationalId });
      message.success(t('residents.child.linked'));
      form.resetFields();
      props.onChanged();
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    }
  }
  return (
    <Card title={t('residents.children')} size="small">
      {props.me.children.length === 0 && <Empty description={t('residents.children.none')} />}
      {props.me.children.map((c) => (
        <Space key={c.personId} style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
          <span>
            {c.name} <Tag>{t('residents.child.age', { n: c.age })}</Tag>
          </span>
          <Button
            size="small"
            danger
            onClick={() =>
              modal.confirm({
                title: t('residents.child.unlink'),
                content: t('residents.child.unlink.confirm'),
                onOk: async () => {
                  try {
                    await unlinkChild(c.personId);
                    message.success(t('residents.child.unlinked'));
                    props.onChanged();
                  } catch (e) {
                    reportError(e);
                  }
                },
              })
            }
          >
            {t('residents.child.unlink')}
          </Button>
        </Space>
      ))}
      <Divider plain>{t('residents.child.link')}</Divider>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('residents.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nationalId" label={t('residents.national_id')} rules={[{ required: true, len: 18 }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {props.me.consentText}
        </Typography.Paragraph>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v) =>
                v ? Promise.resolve() : Promise.reject(new Error(t('residents.child.consent'))),
            },
          ]}
        >
          <Checkbox>{t('residents.child.consent')}</Checkbox>
        </Form.Item>
        <Button block onClick={() => void link()}>
          {t('residents.child.link')}
        </Button>
      </Form>
    </Card>
  );
}

/** My page. */
export function ResidentMePage() {
  const t = useT();
  usePageTitle(t('residents.me.title'));
  const { refresh } = useMe();
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ['residents', 'me'], queryFn: getResidentMe });
  const changed = async () => {
    await refresh();
    await qc.invalidateQueries();
  };
  if (!me.data) return null;
  const m = me.data;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <Card size="small" title={t('residents.account')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('residents.name')}>{m.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('residents.phone')}>{m.phone ?? '—'}</Descriptions.Item>
        </Descriptions>
        {m.verified ? (
          <Tag color="green" icon={<CheckCircleOutlined />} data-testid="verified">
            {t('residents.verified')}
          </Tag>
        ) : (
          <Tag color="orange" data-testid="unverified">
            {t('residents.unverified')}
          </Tag>
        )}
      </Card>
      {!m.verified && <Verify onDone={() => void changed()} />}
      {m.community && (
        <Card size="small" title={t('residents.my_community')}>
          <Typography.Paragraph strong data-testid="my-community">
            {m.community.name}
          </Typography.Paragraph>
          <Space wrap>
            <Link to="/council">
              <Button type="primary">{t('residents.go_council')}</Button>
            </Link>
            <Link to="/votes">
              <Button>{t('residents.go_votes')}</Button>
            </Link>
            <Link to={`/public/c/${m.community.id}`}>
              <Button>{t('residents.go_public')}</Button>
            </Link>
          </Space>
        </Card>
      )}
      {m.verified && <Children me={m} onChanged={() => void changed()} />}
    </Space>
  );
}
