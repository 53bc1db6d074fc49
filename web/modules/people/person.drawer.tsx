/** A person's record: masked by default, with a Reveal button when the server allows it (audited). */
import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Grid, List, Space, Spin, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useT } from '../../app/i18n.tsx';
import type { PersonDetail, Revealed } from './people.api.ts';

/** An identity attribute's value for display; enum values have their own texts. */
function attrText(v: unknown, key: string, t: (k: string) => string): string {
  if (Array.isArray(v)) return v.map((x) => attrText(x, key, t)).join('、');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'string' && t(`people.val.${key}.${v}`) !== `people.val.${key}.${v}`)
    return t(`people.val.${key}.${v}`);
  if (v && typeof v === 'object') return JSON.stringify(v);
  return v === null || v === undefined ? '—' : String(v);
}

/** The detail drawer; id null means closed. */
export function PersonDrawer(props: { id: string | null; onClose: () => void }) {
  const t = useT();
  const phone = !Grid.useBreakpoint().md;
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  useEffect(() => setRevealed(null), [props.id]);
  const detail = useQuery({
    queryKey: ['people', 'detail', props.id],
    queryFn: () => api<PersonDetail>('GET', `/api/people/${props.id}`),
    enabled: !!props.id,
  });
  const reveal = useMutation({
    mutationFn: () => api<Revealed>('POST', `/api/people/${props.id}/reveal`),
    onSuccess: setRevealed,
  });
  const p = detail.data;
  const shown = (masked: string | null, plain: string | null | undefined) =>
    revealed ? (
      <Typography.Text strong data-testid="revealed-value">
        {plain ?? '—'}
      </Typography.Text>
    ) : (
      <code>{masked ?? '—'}</code>
    );

  return (
    <Drawer
      open={!!props.id}
      onClose={props.onClose}
      title={p ? `${t('people.detail')} · ${p.name}` : t('people.detail')}
      size={phone ? '100%' : 560}
      destroyOnHidden
      extra={
        p?.can.reveal && !revealed ? (
          <Button
            type="primary"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
            data-testid="reveal"
          >
            {t('people.reveal')}
          </Button>
        ) : null
      }
    >
      {detail.isLoading && <Spin />}
      {p && (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          {p.can.reveal && !revealed && <Alert type="info" showIcon title={t('people.reveal.hint')} />}
          {revealed && <Alert type="warning" showIcon title={t('people.revealed')} />}
          <Descriptions
            column={1}
            bordered
            size="small"
            data-testid="person-detail"
            items={[
              { key: 'name', label: t('people.name'), children: p.name },
              { key: 'gender', label: t('people.gender'), children: t(`people.gender.${p.gender}`) },
              {
                key: 'nationalId',
                label: t('people.nationalId'),
                children: <span data-testid="national-id">{shown(p.nationalId, revealed?.nationalId)}</span>,
              },
              {
                key: 'birthDate',
                label: t('people.birthDate'),
                children: shown(p.birthDate, revealed?.birthDate),
              },
              { key: 'phone', label: t('people.phone'), children: shown(p.phone, revealed?.phone) },
              { key: 'address', label: t('people.address'), children: shown(p.address, revealed?.address) },
              { key: 'node', label: t('people.node'), children: p.nodeName },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('people.identities')}</Typography.Title>
            {p.identities.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.none')} />
            ) : (
              <List
                size="small"
                bordered
                dataSource={p.identities}
                renderItem={(i) => (
                  <List.Item>
                    <Space wrap>
                      <Tag color="red">{t(`people.kind.${i.kind}`)}</Tag>
                      {Object.entries(i.attrs ?? {}).map(([k, v]) => (
                        <Typography.Text key={k} type="secondary">
                          {t(`people.attr.${k}`) === `people.attr.${k}` ? k : t(`people.attr.${k}`)}:{' '}
                          {attrText(v, k, t)}
                        </Typography.Text>
                      ))}
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
