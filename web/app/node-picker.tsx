/** A form control that picks one organisation node from the lazy tree (roots, then children). */
import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client } from './client.ts';
import { useT } from './i18n.tsx';
import { reportError } from './problem.ts';
import type { OrgNode } from './selected-node.tsx';

interface Option {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toOption = (n: OrgNode, t: (k: string) => string): Option => ({
  id: n.id,
  pId: n.parentId ?? undefined,
  value: n.id,
  title: `${n.name}（${t(`level.${n.level}`)}）`,
  isLeaf: n.childCount === 0,
});

/** Picks a node id; `initial` (e.g. the layout's selected node) is offered before the tree is opened. */
export function NodePicker(props: {
  /** Set by a surrounding Form.Item, so its label names this control. */
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
  initial?: OrgNode | null;
  placeholder?: string;
  /** The control's accessible name when no form label names it. */
  ariaLabel?: string;
}) {
  const t = useT();
  const roots = useQuery({
    queryKey: ['org', 'roots'],
    queryFn: (): Promise<OrgNode[]> => client.get('/api/org/roots'),
  });
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    const base = (roots.data ?? []).map((n) => toOption(n, t));
    const extra =
      props.initial && !base.some((o) => o.id === props.initial!.id) ? [toOption(props.initial, t)] : [];
    setOptions((old) => {
      const seen = new Set(base.map((o) => o.id));
      return [...base, ...extra, ...old.filter((o) => !seen.has(o.id) && !extra.some((e) => e.id === o.id))];
    });
    // t changes with the language only
  }, [roots.data, props.initial?.id]);
  return (
    <TreeSelect
      id={props.id}
      treeDataSimpleMode
      value={props.value}
      onChange={(v) => props.onChange?.(v as string)}
      treeData={options}
      placeholder={props.placeholder}
      aria-label={props.ariaLabel}
      loading={roots.isLoading}
      showSearch={false}
      style={{ width: '100%' }}
      loadData={async (node) => {
        const id = String(node.value);
        if (options.some((o) => o.pId === id)) return;
        try {
          const kids = await client.get('/api/org/nodes/{id}/children', { path: { id } });
          setOptions((old) => [
            ...old,
            ...kids.filter((k) => !old.some((o) => o.id === k.id)).map((k) => toOption(k, t)),
          ]);
        } catch (e) {
          reportError(e);
        }
      }}
    />
  );
}
