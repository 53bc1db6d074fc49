/** 双点: the units as liaison 联系点 and observation 观测点 points, with their supervising group and leader in charge. */
import { useState } from 'react';
import { App, Button, Input, Select, Switch, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { DEPT_TYPES } from '../../../server/modules/assessment/assessment.rules.ts';
import { assessmentApi, type Unit } from './assessment.api.ts';
import { useFail } from './common.tsx';

export function UnitsTab(props: { districtId: string; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'units', props.districtId],
    queryFn: () => assessmentApi.units(props.districtId),
  });
  const save = useMutation({
    mutationFn: (u: Unit) =>
      assessmentApi.setUnit(u.nodeId, {
        districtId: props.districtId,
        deptType: u.deptType,
        liaison: u.liaison,
        observation: u.observation,
        supervisingGroup: u.supervisingGroup,
        leaderName: u.leaderName,
      }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'units'] });
    },
    onError: fail,
  });
  const [edits, setEdits] = useState<Record<string, Unit>>({});
  const row = (u: Unit) => edits[u.nodeId] ?? u;
  const edit = (u: Unit, patch: Partial<Unit>) =>
    setEdits((e) => ({ ...e, [u.nodeId]: { ...row(u), ...patch } }));
  return (
    <Table
      size="small"
      rowKey="nodeId"
      scroll={{ x: true }}
      loading={q.isLoading}
      dataSource={q.data ?? []}
      pagination={{ pageSize: 20 }}
      columns={[
        { title: t('assessment.unit'), dataIndex: 'name' },
        {
          title: t('assessment.dept_type'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Select
                aria-label={t('assessment.dept_type')}
                size="small"
                style={{ width: 110 }}
                value={row(u).deptType}
                onChange={(v) => edit(u, { deptType: v })}
                options={DEPT_TYPES.map((d) => ({ value: d, label: t(`assessment.dept.${d}`) }))}
              />
            ) : (
              t(`assessment.dept.${u.deptType}`)
            ),
        },
        {
          title: t('assessment.field.liaison'),
          render: (_: unknown, u: Unit) => (
            <Switch
              aria-label={`${u.name} ${t('assessment.field.liaison')}`}
              size="small"
              disabled={!props.manage}
              checked={row(u).liaison}
              onChange={(v) => edit(u, { liaison: v })}
            />
          ),
        },
        {
          title: t('assessment.observation'),
          render: (_: unknown, u: Unit) => (
            <Switch
              aria-label={`${u.name} ${t('assessment.observation')}`}
              size="small"
              disabled={!props.manage}
              checked={row(u).observation}
              onChange={(v) => edit(u, { observation: v })}
            />
          ),
        },
        {
          title: t('assessment.field.group'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Input
                aria-label={`${u.name} ${t('assessment.field.group')}`}
                size="small"
                maxLength={100}
                value={row(u).supervisingGroup}
                onChange={(e) => edit(u, { supervisingGroup: e.target.value })}
              />
            ) : (
              u.supervisingGroup
            ),
        },
        {
          title: t('assessment.field.leader'),
          render: (_: unknown, u: Unit) =>
            props.manage ? (
              <Input
                aria-label={`${u.name} ${t('assessment.field.leader')}`}
                size="small"
                maxLength={50}
                value={row(u).leaderName}
                onChange={(e) => edit(u, { leaderName: e.target.value })}
              />
            ) : (
              u.leaderName
            ),
        },
        { title: t('assessment.field.cadres'), dataIndex: 'cadres' },
        ...(props.manage
          ? [
              {
                title: '',
                render: (_: unknown, u: Unit) => (
                  <Button
                    size="small"
                    disabled={!edits[u.nodeId]}
                    loading={save.isPending && save.variables?.nodeId === u.nodeId}
                    onClick={() => save.mutate(row(u))}
                    data-testid={`save-unit-${u.nodeId}`}
                  >
                    {t('assessment.field.save')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
