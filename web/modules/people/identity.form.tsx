/**
 * Giving a person an identity: the kind, and what that kind records (a party member's organisation
 * picked from the organisations in one's scope, a cadre's unit and post, a grid worker's grid, a
 * volunteer's team and hours, a deputy's level).
 */
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import {
  addIdentity,
  IDENTITY_KINDS,
  partyOrgsUnder,
  type AddIdentityInput,
  type PersonDetail,
} from './people.api.ts';

type Kind = (typeof IDENTITY_KINDS)[number];
type Values = { kind: Kind } & Record<string, unknown>;

/** Turns the form's values into the identity the server expects for the kind. */
function identityOf(v: Values): AddIdentityInput {
  switch (v.kind) {
    case 'resident':
      return {
        kind: 'resident',
        attrs: { residence: v.residence as 'registered', specialCare: !!v.specialCare },
      };
    case 'party_member':
      return {
        kind: 'party_member',
        attrs: { partyOrgId: String(v.partyOrgId), joinedOn: String(v.joinedOn), mobile: !!v.mobile },
      };
    case 'cadre':
      return {
        kind: 'cadre',
        attrs: {
          unitNodeId: String(v.unitNodeId),
          post: String(v.post ?? ''),
          grade: String(v.grade ?? ''),
          postSince: String(v.postSince),
          unitSince: String(v.unitSince),
        },
      };
    case 'grid_worker':
      return { kind: 'grid_worker', attrs: { gridNodeIds: [String(v.gridNodeId)] } };
    case 'volunteer':
      return {
        kind: 'volunteer',
        attrs: {
          ...(v.team ? { team: String(v.team) } : {}),
          ...(v.hours !== undefined && v.hours !== null ? { hours: Number(v.hours) } : {}),
        },
      };
    case 'deputy':
      return {
        kind: 'deputy',
        attrs: { level: v.level as 'district', ...(v.term ? { term: String(v.term) } : {}) },
      };
  }
}

/** The dialog; closes itself after a success. */
export function IdentityForm(props: { person: PersonDetail; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { node } = useSelectedNode();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const held = new Set(props.person.identities.map((i) => i.kind));
  // party organisations the officer may choose: those under the selected node (or the person's node)
  const orgs = useQuery({
    queryKey: ['people', 'partyOrgs', node?.id ?? props.person.nodeId],
    queryFn: () => partyOrgsUnder(node?.id ?? props.person.nodeId),
    enabled: kind === 'party_member',
  });
  const add = useMutation({
    mutationFn: (v: Values) => addIdentity(props.person.id, identityOf(v)),
    onSuccess: () => {
      message.success(t('people.identity.added'));
      void client.invalidateQueries({ queryKey: ['people'] });
      props.onClose();
    },
    onError: (e) => {
      // the server names nested fields attrs.x; the form names them x
      applyProblemToForm(form, e);
    },
  });
  const required = [{ required: true, message: t('people.form.required') }];
  const date = <Input type="date" max={new Date().toISOString().slice(0, 10)} />;
  return (
    <Modal
      open
      title={t('people.identity.addTitle', { name: props.person.name })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'identity-ok' } as Record<string, string>}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => add.mutate(v)}
        initialValues={{ residence: 'registered', level: 'district' }}
      >
        <Form.Item name="kind" label={t('people.identity.kind')} rules={required}>
          <Select
            data-testid="identity-kind"
            options={IDENTITY_KINDS.map((k) => ({
              value: k,
              label: t(`people.kind.${k}`),
              disabled: held.has(k),
            }))}
          />
        </Form.Item>
        {kind === 'resident' && (
          <>
            <Form.Item name="residence" label={t('people.attr.residence')} rules={required}>
              <Radio.Group
                options={['registered', 'floating'].map((r) => ({
                  value: r,
                  label: t(`people.val.residence.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="specialCare" valuePropName="checked">
              <Checkbox>{t('people.attr.specialCare')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'party_member' && (
          <>
            <Form.Item name="partyOrgId" label={t('people.attr.partyOrgId')} rules={required}>
              <Select
                loading={orgs.isLoading}
                data-testid="identity-partyOrg"
                showSearch={{ optionFilterProp: 'label' }}
                options={(orgs.data ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.nodeName}）` }))}
              />
            </Form.Item>
            <Form.Item name="joinedOn" label={t('people.attr.joinedOn')} rules={required}>
              {date}
            </Form.Item>
            <Form.Item name="mobile" valuePropName="checked">
              <Checkbox>{t('people.attr.mobile')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'cadre' && (
          <>
            <Form.Item name="unitNodeId" label={t('people.attr.unitNodeId')} rules={required}>
              <NodePicker initial={node} />
            </Form.Item>
            <Form.Item name="post" label={t('people.attr.post')} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="grade" label={t('people.attr.grade')} rules={required}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name="postSince" label={t('people.attr.postSince')} rules={required}>
              {date}
            </Form.Item>
            <Form.Item name="unitSince" label={t('people.attr.unitSince')} rules={required}>
              {date}
            </Form.Item>
          </>
        )}
        {kind === 'grid_worker' && (
          <Form.Item name="gridNodeId" label={t('people.attr.gridNodeIds')} rules={required}>
            <NodePicker initial={node} />
          </Form.Item>
        )}
        {kind === 'volunteer' && (
          <>
            <Form.Item name="team" label={t('people.attr.team')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="hours" label={t('people.attr.hours')}>
              <InputNumber min={0} max={100000} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
        {kind === 'deputy' && (
          <>
            <Form.Item name="level" label={t('people.attr.level')} rules={required}>
              <Radio.Group
                options={['district', 'city'].map((l) => ({ value: l, label: t(`people.val.level.${l}`) }))}
              />
            </Form.Item>
            <Form.Item name="term" label={t('people.attr.term')}>
              <Input maxLength={30} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
