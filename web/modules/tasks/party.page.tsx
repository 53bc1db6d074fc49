/** 党建项目认领: communities list small projects; units and party branches claim them. */
import { useState } from 'react';
import { Button, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { TaskCard } from './board.page.tsx';
import { ExportButton, FormModal, GrantNodeSelect, useDistricts, YearInput } from './common.tsx';
import { TaskFields, taskBody, type TaskFormValues } from './forms.tsx';
import type { TasksQuery } from './tasks.api.ts';

/** The party-building projects page. */
export function PartyProjectsPage() {
  const t = useT();
  const { can } = useMe();
  const qc = useQueryClient();
  const districtId = useDistricts()[0];
  const [year, setYear] = useState(new Date().getFullYear());
  const summary = useQuery({
    queryKey: ['tasks', 'party-summary', districtId, year],
    queryFn: () =>
      client.get('/api/tasks/party-projects/summary', { query: { districtId: districtId!, year } }),
    enabled: !!districtId,
  });
  const query: TasksQuery = { kind: 'party_project' };
  const projects = useQuery({
    queryKey: ['tasks', 'board', query],
    queryFn: () => client.get('/api/tasks/tasks', { query }),
  });
  const [open, setOpen] = useState(false);
  return (
    <div data-testid="party-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.party')}
        </Typography.Title>
        <YearInput value={year} onChange={setYear} />
        {can('tasks.party.manage') && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-party-project">
            {t('tasks.party.new')}
          </Button>
        )}
        <ExportButton href={client.url('/api/tasks/tasks.xlsx', { query })} />
      </Space>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {(['projects', 'claimed', 'claimingUnits', 'beneficiaries'] as const).map((k) => (
          <StatCard key={k} title={t(`tasks.party.${k}`)} value={summary.data?.[k] ?? 0} />
        ))}
      </Row>
      <Row gutter={[12, 12]}>
        {(projects.data ?? []).map((x) => (
          <Col key={x.id} xs={24} md={12} xl={8}>
            <TaskCard task={x} />
          </Col>
        ))}
      </Row>
      <FormModal<TaskFormValues & { ownerNodeId: string; year: number }>
        open={open}
        title={t('tasks.party.new')}
        onClose={() => setOpen(false)}
        testId="party-form"
        width={760}
        initialValues={{ year, milestones: [{} as never] }}
        onSubmit={async (v) => {
          const b = taskBody(v);
          await client.post('/api/tasks/party-projects', {
            body: {
              ownerNodeId: v.ownerNodeId,
              year: v.year,
              title: b.title,
              goal: b.goal,
              milestones: b.milestones,
              deadline: b.deadline,
              startDate: b.startDate,
              investment: b.investment,
            },
          });
          await qc.invalidateQueries({ queryKey: ['tasks'] });
        }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="ownerNodeId" label={t('tasks.party.owner')} rules={[{ required: true }]}>
              <GrantNodeSelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('tasks.f.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
          </Col>
        </Row>
        <TaskFields category={false} responsible={false} indicators={false} />
      </FormModal>
    </div>
  );
}
