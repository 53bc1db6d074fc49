/** After the decision: mitigation measures with their progress, and incidents reported. */
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, List, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import {
  addIncident,
  addMeasure,
  recordProgress,
  type Decision,
  type IncidentInput,
  type Measure,
  type MeasureInput,
  type ProgressInput,
} from './stability.api.ts';

/** Measures with their progress, and adding one. */
export function Measures(props: { d: Decision; refresh: () => Promise<unknown> }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [progress, setProgress] = useState<Measure | null>(null);
  const { d } = props;
  return (
    <Card
      size="small"
      title={t('stab.measures')}
      extra={
        d.can.track && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="stab-add-measure"
          >
            {t('stab.addMeasure')}
          </Button>
        )
      }
    >
      <Table<Measure>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 700 }}
        dataSource={d.measures}
        data-testid="stab-measures"
        columns={[
          { title: t('stab.content'), dataIndex: 'content' },
          { title: t('stab.owner'), dataIndex: 'owner' },
          { title: t('stab.dueOn'), dataIndex: 'dueOn' },
          { title: t('stab.progress'), dataIndex: 'progress' },
          {
            title: t('stab.doneOn'),
            key: 'done',
            render: (_: unknown, m) =>
              m.doneOn ? (
                <Tag color="green">{m.doneOn}</Tag>
              ) : m.overdue ? (
                <Tag color="red">{t('stab.overdue')}</Tag>
              ) : null,
          },
          {
            title: '',
            key: 'act',
            render: (_: unknown, m) =>
              d.can.track && !m.doneOn ? (
                <Button size="small" onClick={() => setProgress(m)}>
                  {t('stab.recordProgress')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<MeasureInput>
        open={adding}
        title={t('stab.addMeasure')}
        onClose={() => setAdding(false)}
        testId="stab-measure-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addMeasure(d.id, v);
          await props.refresh();
        }}
      >
        <Form.Item name="content" label={t('stab.content')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="owner" label={t('stab.owner')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('stab.dueOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      {progress && (
        <FormModal<Omit<ProgressInput, 'version'>>
          open
          title={t('stab.recordProgress')}
          onClose={() => setProgress(null)}
          testId="stab-progress-form"
          onSubmit={async (v) => {
            await recordProgress(progress.id, {
              ...v,
              doneOn: v.doneOn || undefined,
              version: progress.version,
            });
            await props.refresh();
          }}
        >
          <Form.Item name="progress" label={t('stab.progress')} rules={[{ required: true, max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="doneOn" label={t('stab.doneOn')}>
            <Input type="date" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

/** Incidents after the decision, and reporting one. */
export function Incidents(props: { d: Decision; refresh: () => Promise<unknown> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { d } = props;
  return (
    <Card
      size="small"
      title={t('stab.incidents')}
      extra={
        d.can.track &&
        d.state === 'decided' && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('stab.addIncident')}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={d.incidents}
        renderItem={(i) => (
          <List.Item>
            <Space wrap>
              <Typography.Text>{i.occurredOn}</Typography.Text>
              <Typography.Text>{i.summary}</Typography.Text>
              {i.eventNo && <Tag>{i.eventNo}</Tag>}
              {i.people > 0 && <Tag color="orange">{`${t('stab.people')} ${i.people}`}</Tag>}
            </Space>
          </List.Item>
        )}
      />
      <FormModal<IncidentInput>
        open={open}
        title={t('stab.addIncident')}
        onClose={() => setOpen(false)}
        initialValues={{ occurredOn: beijingDay(), people: 0 }}
        onSubmit={async (v) => {
          await addIncident(d.id, v);
          await props.refresh();
        }}
      >
        <Form.Item name="occurredOn" label={t('stab.occurredOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="summary" label={t('stab.summary')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="eventNo" label={t('stab.eventNo')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="people" label={t('stab.people')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
