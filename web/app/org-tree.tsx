/**
 * The organisation tree of the layout: lazy (roots first, children on expand), with a search box
 * that finds nodes by name or pinyin initials and opens the tree down to the one picked.
 */
import { useEffect, useMemo, useRef, useState, type Key } from 'react';
import { Empty, Select, Spin, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useQuery } from '@tanstack/react-query';
import { client } from './client.ts';
import { useT } from './i18n.tsx';
import { OrgSheetButtons } from './org-sheets.tsx';
import { reportError } from './problem.ts';
import { useSelectedNode, type OrgNode } from './selected-node.tsx';

interface TreeItem extends DataNode {
  key: string;
  node: OrgNode;
  children?: TreeItem[];
}

function toItem(n: OrgNode, t: (k: string) => string): TreeItem {
  return {
    key: n.id,
    node: n,
    isLeaf: n.childCount === 0,
    title: (
      <span data-testid={`org-node-${n.id}`}>
        {n.name} <Typography.Text type="secondary">{t(`level.${n.level}`)}</Typography.Text>
      </span>
    ),
  };
}

function setChildren(items: TreeItem[], key: string, children: TreeItem[]): TreeItem[] {
  return items.map((i) =>
    i.key === key
      ? { ...i, children, isLeaf: children.length === 0 }
      : i.children
        ? { ...i, children: setChildren(i.children, key, children) }
        : i,
  );
}

function findItem(items: TreeItem[], key: string): TreeItem | undefined {
  for (const i of items) {
    if (i.key === key) return i;
    const c = i.children && findItem(i.children, key);
    if (c) return c;
  }
  return undefined;
}

/** The node picker of the layout. onPicked is called after a node is selected (closes a drawer). */
export function OrgTree(props: { onPicked?: () => void }) {
  const t = useT();
  const { node: selected, select } = useSelectedNode();
  const roots = useQuery({
    queryKey: ['org', 'roots'],
    queryFn: (): Promise<OrgNode[]> => client.get('/api/org/roots'),
  });
  const [items, setItems] = useState<TreeItem[]>([]);
  const itemsRef = useRef<TreeItem[]>([]);
  itemsRef.current = items;
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [loaded, setLoaded] = useState<Key[]>([]);

  useEffect(() => {
    if (!roots.data) return;
    const fresh = roots.data.map((n) => toItem(n, t));
    itemsRef.current = fresh;
    setItems(fresh);
    // A single root (a community officer's community) opens by itself.
    if (roots.data.length === 1 && roots.data[0].childCount !== 0) void open([roots.data[0].id]);
  }, [roots.data]);

  async function loadChildren(key: string) {
    const existing = findItem(itemsRef.current, key);
    if (existing?.children) return;
    const kids = await client.get('/api/org/nodes/{id}/children', { path: { id: key } });
    const next = setChildren(
      itemsRef.current,
      key,
      kids.map((n) => toItem(n, t)),
    );
    itemsRef.current = next;
    setItems(next);
    setLoaded((l) => [...l, key]);
  }

  /** Loads and expands each key in order (a path from a root down). */
  async function open(keys: string[]) {
    try {
      for (const k of keys) if (findItem(itemsRef.current, k)) await loadChildren(k);
      setExpanded((e) => [...new Set([...e, ...keys.filter((k) => findItem(itemsRef.current, k))])]);
    } catch (e) {
      reportError(e);
    }
  }

  /**
   * Loads again the children of a node an import added nodes under, and of every open node below
   * it, and opens the node: the new nodes show in the tree without a reload of the page.
   */
  async function reload(key: string, top = true) {
    const item = findItem(itemsRef.current, key);
    if (!item || (!top && !item.children)) return;
    const old = new Map((item.children ?? []).map((c) => [c.key, c]));
    const kids = await client.get('/api/org/nodes/{id}/children', { path: { id: key } });
    const next = setChildren(
      itemsRef.current,
      key,
      kids.map((n) => {
        const fresh = toItem(n, t);
        const was = old.get(fresh.key);
        return was?.children ? { ...fresh, children: was.children } : fresh;
      }),
    );
    itemsRef.current = next;
    setItems(next);
    setLoaded((l) => (l.includes(key) ? l : [...l, key]));
    for (const n of kids) await reload(n.id, false);
    if (top) setExpanded((e) => (e.includes(key) ? e : [...e, key]));
  }

  async function pick(n: OrgNode) {
    select(n);
    try {
      const detail = await client.get('/api/org/nodes/{id}', { path: { id: n.id } });
      await open(detail.ancestors.map((a) => a.id));
    } catch (e) {
      reportError(e);
    }
    props.onPicked?.();
  }

  if (roots.isLoading) return <Spin />;
  if (roots.error) return <Empty description={t('shell.error')} />;
  return (
    <div data-testid="org-tree">
      <OrgSearch onPick={(n) => void pick(n)} />
      {selected && (
        <OrgSheetButtons node={selected} onImported={() => void reload(selected.id).catch(reportError)} />
      )}
      <Tree
        blockNode
        treeData={items}
        expandedKeys={expanded}
        loadedKeys={loaded}
        onExpand={(keys) => setExpanded(keys)}
        loadData={(item) => loadChildren(String(item.key)).catch(reportError)}
        selectedKeys={selected ? [selected.id] : []}
        onSelect={(_, info) => {
          select(info.selected ? (info.node as unknown as TreeItem).node : null);
          if (info.selected) props.onPicked?.();
        }}
        style={{ marginTop: 8 }}
      />
    </div>
  );
}

/** Search box over the tree: name or pinyin initials (「ftjd」 finds 福田街道). */
export function OrgSearch(props: { onPick: (n: OrgNode) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(h);
  }, [q]);
  const found = useQuery({
    queryKey: ['org', 'search', debounced],
    queryFn: (): Promise<OrgNode[]> => client.get('/api/org/search', { query: { q: debounced, limit: 20 } }),
    enabled: debounced.length > 0,
  });
  const options = useMemo(
    () =>
      (found.data ?? []).map((n) => ({
        value: n.id,
        label: (
          <span data-testid={`org-hit-${n.id}`}>
            {n.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {(n.pathNames ?? []).slice(-3, -1).join(' / ')}
            </Typography.Text>
          </span>
        ),
        node: n,
      })),
    [found.data],
  );
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      value={null}
      placeholder={t('shell.tree.search')}
      aria-label={t('shell.tree.search')}
      style={{ width: '100%' }}
      options={options}
      loading={found.isFetching}
      notFoundContent={debounced && !found.isFetching ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
      onSelect={(_, opt) => {
        setQ('');
        props.onPick((opt as unknown as { node: OrgNode }).node);
      }}
      data-testid="org-search"
      allowClear
    />
  );
}
