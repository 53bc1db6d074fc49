/**
 * The civilisation-city standard an event is tagged to (seed 003: each problem found against one of
 * the district's 188 standards), shown on the event's page; those who handle the event in their
 * part of the tree (street, community, grid worker) may tag it or change its tag.
 */
import { useState } from 'react';
import { App as AntApp, Button, Card, Modal, Select, Space, Tag, Typography, type ButtonProps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { eventStandard as standardOf, listStandards, tagEventStandard } from './grid.api.ts';

/** The event's standard with its project and item, and the tag button when the actor may tag. */
export function EventStandardCard(props: { eventId: string; nodeId: string }) {
  const t = useT();
  const { can } = useMe();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const readable = can('grid.read');
  const q = useQuery({
    queryKey: ['grid-event-standard', props.eventId],
    queryFn: () => standardOf(props.eventId),
    enabled: readable,
  });
  const list = useQuery({
    queryKey: ['grid-standards', props.nodeId],
    queryFn: () => listStandards(props.nodeId),
    enabled: open,
  });
  if (!readable || !q.data) return null;
  const s = q.data.standard;
  const save = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      await tagEventStandard(props.eventId, picked);
      message.success(t('grid.std.taggedOk'));
      setOpen(false);
      await qc.invalidateQueries({ queryKey: ['grid-event-standard', props.eventId] });
      await qc.invalidateQueries({ queryKey: ['grid-readiness'] });
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={t('grid.std.ofEvent')}
      style={{ marginBottom: 16 }}
      data-testid="event-standard"
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        {s ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text strong data-testid="event-standard-code">
              {s.code} {s.text}
            </Typography.Text>
            <Typography.Text type="secondary">
              {s.projectName} · {s.itemName}
              {q.data.source === 'finding' && (
                <Tag style={{ marginLeft: 8 }}>{t('grid.std.fromFinding')}</Tag>
              )}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('grid.std.none')}</Typography.Text>
        )}
        {q.data.can.tag && (
          <Button
            size="small"
            onClick={() => {
              setPicked(s?.id);
              setOpen(true);
            }}
            data-testid="event-standard-tag"
          >
            {s ? t('grid.std.retag') : t('grid.std.tag')}
          </Button>
        )}
      </Space>
      <Modal
        open={open}
        title={t('grid.std.ofEvent')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        okButtonProps={
          { disabled: !picked, loading: busy, 'data-testid': 'event-standard-ok' } as ButtonProps
        }
        destroyOnHidden
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          value={picked}
          onChange={setPicked}
          loading={list.isLoading}
          placeholder={t('grid.std.search')}
          data-testid="event-standard-select"
          options={(list.data?.list ?? [])
            .filter((x) => x.active)
            .map((x) => ({
              value: x.id,
              label: `${x.code} ${x.projectName}·${x.itemName}·${x.text}`,
            }))}
        />
      </Modal>
    </Card>
  );
}
