/** The offline queue: what waits, what failed, and conflicts the worker must decide (mine vs the server's). */
import { Button, Card, Empty, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { PageTitle, SyncBar, useTimeFormat } from './common.tsx';
import { flush, resolveConflict, retryOrDrop, useOutbox, type OutboxOp } from './outbox.ts';

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Field-by-field rows comparing the worker's queued write with the server's current copy. */
export function conflictRows(
  op: OutboxOp,
  unchanged: string,
): { field: string; mine: string; theirs: string; differs: boolean }[] {
  const cur = (op.current ?? {}) as Record<string, unknown>;
  let mine: Record<string, unknown>;
  let theirs: Record<string, unknown>;
  if (op.kind === 'record.update') {
    mine = { ...((op.body.attrs as Record<string, unknown>) ?? {}), version: op.body.version };
    theirs = { ...((cur.attrs as Record<string, unknown>) ?? {}), version: cur.version };
  } else if (op.kind === 'visit.create') {
    const v =
      ((op.body.verified as Record<string, unknown>[]) ?? []).find((x) => x.recordId === cur.id) ?? {};
    // a visit that only confirmed the record keeps what the worker saw; say so rather than show blanks
    const seen = Object.fromEntries(Object.keys((cur.attrs as object) ?? {}).map((k) => [k, unchanged]));
    mine = { ...seen, ...((v.attrs as Record<string, unknown>) ?? {}), version: v.version };
    theirs = { ...((cur.attrs as Record<string, unknown>) ?? {}), version: cur.version };
  } else if (op.kind === 'event.transition') {
    mine = { action: op.body.action, note: op.body.note, version: op.body.version };
    theirs = { state: cur.state, version: cur.version, departmentName: cur.departmentName };
  } else {
    mine = op.body;
    theirs = cur;
  }
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  return keys.map((k) => {
    const a = scalar(mine[k]);
    const b = scalar(theirs[k]);
    return { field: k, mine: a, theirs: b, differs: a !== b && a !== unchanged };
  });
}

function ConflictCard(props: { op: OutboxOp }) {
  const t = useT();
  const op = props.op;
  return (
    <Card
      size="small"
      data-testid="conflict"
      style={{ borderColor: '#ff4d4f', marginBottom: 12 }}
      title={
        <span>
          <Tag color="red">{t('grid.sync.state.conflict')}</Tag>
          {t(`grid.sync.kind.${op.kind}`)} · {op.label}
        </span>
      }
    >
      <Typography.Paragraph strong>{t('grid.sync.conflictTitle')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('grid.sync.conflictHelp')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={conflictRows(op, t('grid.sync.unchanged'))}
        columns={[
          { title: t('grid.sync.field'), dataIndex: 'field' },
          {
            title: t('grid.sync.mine'),
            dataIndex: 'mine',
            render: (v: string, r) => (
              <span style={r.differs ? { background: '#fff1f0' } : undefined}>{v}</span>
            ),
          },
          {
            title: t('grid.sync.theirs'),
            dataIndex: 'theirs',
            render: (v: string, r) => (
              <span style={r.differs ? { background: '#e6f4ff' } : undefined}>{v}</span>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          type="primary"
          onClick={() => void resolveConflict(op.id, 'mine')}
          data-testid="conflict-mine"
        >
          {t('grid.sync.keepMine')}
        </Button>
        <Button onClick={() => void resolveConflict(op.id, 'theirs')} data-testid="conflict-theirs">
          {t('grid.sync.takeTheirs')}
        </Button>
      </Space>
    </Card>
  );
}

/** The queue page. */
export default function SyncPage() {
  const t = useT();
  const fmtTime = useTimeFormat();
  const q = useOutbox();
  const conflicts = q.ops.filter((o) => o.state === 'conflict');
  const rest = q.ops.filter((o) => o.state !== 'conflict');
  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <SyncBar />
      <PageTitle extra={<Button onClick={() => void flush(true)}>{t('grid.sync.now')}</Button>}>
        {t('grid.sync.title')}
      </PageTitle>
      {q.lastSyncAt && (
        <Typography.Paragraph type="secondary">
          {t('grid.sync.lastSync', { at: fmtTime(q.lastSyncAt) })}
        </Typography.Paragraph>
      )}
      {conflicts.map((op) => (
        <ConflictCard key={op.id} op={op} />
      ))}
      {q.ops.length === 0 ? (
        <Empty description={<span data-testid="sync-empty">{t('grid.sync.empty')}</span>} />
      ) : (
        <List
          dataSource={rest}
          renderItem={(op) => (
            <List.Item
              data-testid="outbox-op"
              actions={
                op.state === 'failed'
                  ? [
                      <Button key="r" size="small" onClick={() => void retryOrDrop(op.id, false)}>
                        {t('grid.sync.retry')}
                      </Button>,
                      <Popconfirm
                        key="d"
                        title={t('grid.sync.drop')}
                        onConfirm={() => void retryOrDrop(op.id, true)}
                      >
                        <Button size="small" danger>
                          {t('grid.sync.drop')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag color={op.state === 'failed' ? 'red' : 'orange'}>
                      {t(`grid.sync.state.${op.state}`)}
                    </Tag>
                    {t(`grid.sync.kind.${op.kind}`)} · {op.label}
                  </span>
                }
                description={
                  <span>
                    {fmtTime(op.createdAt)}
                    {op.attempts > 0 && ` · ${t('grid.sync.attempts', { n: op.attempts })}`}
                    {(op.lastError || op.reason) &&
                      ` · ${op.lastError || t(`grid.sync.reason.${op.reason}`)}`}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
