/** Small pieces shared by the task pages: dates in Beijing time, Excel export links, error display. */
import { useState } from 'react';
import { Button, InputNumber, Select, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined } from '@ant-design/icons';
import { client } from '../../app/client.ts';
import { beijingDay, beijingMinute } from '../../app/format.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal as SharedFormModal, type FormModalProps } from '../../app/form-modal.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { useT } from '../../app/i18n.tsx';

/** A date (YYYY-MM-DD or ISO timestamp) shown as a Beijing calendar day. */
export function fmtDate(v: string | null | undefined): string {
  return v ? beijingDay(v) : '';
}

/** A timestamp shown in Beijing time. */
export function fmtTime(v: string | null | undefined): string {
  return v ? beijingMinute(v) : '';
}

/** A link-button that downloads the server's Excel export of the list being shown. */
export function ExportButton(props: { href: string }) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} href={props.href} data-testid="export-xlsx">
      {t('tasks.export')}
    </Button>
  );
}

const STATUS_COLOURS: Record<string, string> = {
  normal: 'green',
  yellow: 'gold',
  red: 'red',
  completed: 'blue',
};

/** A health (normal/yellow/red) or status tag with its translated label. */
export function HealthTag(props: { value: string | null | undefined }) {
  const t = useT();
  if (!props.value) return null;
  return (
    <Tag color={STATUS_COLOURS[props.value] ?? 'default'} data-testid={`health-${props.value}`}>
      {t(`tasks.health.${props.value}`)}
    </Tag>
  );
}

/** The task pages' form modal: 640 wide unless told, its test id on the form (the specs look inside it). */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  return <SharedFormModal<V> width={640} testIdOn="form" {...props} />;
}

/** The districts the user works in (from the grants), the first being the default. */
export function useDistricts(): string[] {
  const { me } = useMe();
  const { node } = useSelectedNode();
  const ids = [...new Set((me?.grants ?? []).map((g) => g.districtId))];
  if (node && ids.includes(node.districtId))
    return [node.districtId, ...ids.filter((i) => i !== node.districtId)];
  return ids;
}

/** A select of the nodes the user holds a role on (the units they act for). */
export function GrantNodeSelect(props: {
  value?: string;
  onChange?: (v: string) => void;
  testId?: string;
  id?: string;
  ariaLabel?: string;
}) {
  const { me } = useMe();
  const seen = new Set<string>();
  const options = (me?.grants ?? [])
    .filter((g) => !seen.has(g.nodeId) && seen.add(g.nodeId))
    .map((g) => ({ value: g.nodeId, label: g.nodeName }));
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      value={props.value}
      onChange={props.onChange}
      options={options}
      data-testid={props.testId}
    />
  );
}

/** A select that searches the server as the user types (nothing is fetched for an empty search). */
function SearchSelect(props: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
  /** Set by a surrounding Form.Item, so its label names this control. */
  id?: string;
  /** The control's name where no form label names it (a filter bar). */
  ariaLabel?: string;
  queryKey: string[];
  search: (q: string) => Promise<{ value: string; label: string }[]>;
  /** The label of the current value, shown until a search finds it. */
  initialLabel?: string | null;
}) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: [...props.queryKey, q],
    queryFn: () => props.search(q),
    enabled: q.trim().length > 0,
  });
  const options = [...(found.data ?? [])];
  if (props.value && props.initialLabel && !options.some((o) => o.value === props.value))
    options.unshift({ value: props.value, label: props.initialLabel });
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      options={options}
      allowClear
      loading={found.isFetching}
      style={{ width: '100%' }}
      data-testid={props.testId}
    />
  );
}

/** A node picker searching the tree by name or pinyin initials; the value is the node id. */
export function NodeSelect(props: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
  initialLabel?: string | null;
  id?: string;
  ariaLabel?: string;
}) {
  return (
    <SearchSelect
      {...props}
      queryKey={['org', 'search']}
      search={async (q) =>
        (await client.get('/api/org/search', { query: { q, limit: 20 } })).map((n) => ({
          value: n.id,
          label: [...(n.pathNames ?? []).slice(-2, -1), n.name].join(' / '),
        }))
      }
    />
  );
}

/**
 * A person picker searching residents by name (needs people.read; the list is masked). The value is
 * the person id; the label shows the name and the person's node.
 */
export function PersonSelect(props: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
  id?: string;
  ariaLabel?: string;
}) {
  return (
    <SearchSelect
      {...props}
      queryKey={['people', 'search']}
      search={async (q) =>
        (await client.get('/api/people', { query: { q, limit: 20 } })).items.map((p) => ({
          value: p.id,
          label: p.nodeName ? `${p.name}（${p.nodeName}）` : p.name,
        }))
      }
    />
  );
}

/**
 * An amount kept in 万元 (10k yuan) as a reader expects it: 300 万元 in Chinese, ¥3,000,000 in
 * English (never "300 10k yuan").
 */
export function fmtWanYuan(v: number | null | undefined, lang: string): string {
  if (v === null || v === undefined) return '—';
  if (lang.startsWith('zh')) return `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  return `¥${(v * 10_000).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}

/** The year a tasks page reads (2000–2100). */
export function YearInput(props: { value: number; onChange: (year: number) => void }) {
  const t = useT();
  return (
    <InputNumber
      value={props.value}
      min={2000}
      max={2100}
      onChange={(v) => v && props.onChange(v)}
      aria-label={t('tasks.f.year')}
    />
  );
}
