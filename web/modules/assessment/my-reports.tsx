/** 云端述事: the cadre's own work reports and the form to log one. */
import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, List, Row, Select, Space, Tag, Upload } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { ApiError } from '../../app/api.ts';
import { TRAITS } from '../../../server/modules/assessment/assessment.portrait.ts';
import { MATTER_CATEGORIES } from '../../../server/modules/assessment/assessment.rules.ts';
import { assessmentApi } from './assessment.api.ts';

/** The cadre's work reports and the form to log one (云端述事). */
export function MyReports() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [file, setFile] = useState<File | null>(null);
  const q = useQuery({ queryKey: ['assessment', 'me', 'reports'], queryFn: assessmentApi.myReports });
  const log = useMutation({
    mutationFn: async (v: {
      category: 'major';
      title: string;
      body: string;
      happenedOn: { format(f: string): string };
      traits: string[];
    }) => {
      const r = await assessmentApi.logReport(
        { ...v, happenedOn: v.happenedOn.format('YYYY-MM-DD'), traits: v.traits as never },
        key,
      );
      if (file) await assessmentApi.addReportFile(r.id, file);
      return r;
    },
    onSuccess: () => {
      message.success(t('assessment.report_logged'));
      form.resetFields();
      setFile(null);
      setKey(crypto.randomUUID());
      void qc.invalidateQueries({ queryKey: ['assessment', 'me', 'reports'] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.problem.title : String(e)),
  });
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={10}>
        <Card size="small" title={t('assessment.log_report')}>
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => log.mutate(v)}
            initialValues={{ category: 'important', traits: [] }}
          >
            <Form.Item name="category" label={t('assessment.category')} rules={[{ required: true }]}>
              <Select
                options={MATTER_CATEGORIES.map((c) => ({ value: c, label: t(`assessment.category.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('assessment.title')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="report-title" />
            </Form.Item>
            <Form.Item name="body" label={t('assessment.body')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="report-body" />
            </Form.Item>
            <Form.Item name="happenedOn" label={t('assessment.happened_on')} rules={[{ required: true }]}>
              <DatePicker data-testid="report-date" />
            </Form.Item>
            <Form.Item name="traits" label={t('assessment.traits')}>
              <Select
                mode="multiple"
                options={TRAITS.map((x) => ({ value: x, label: t(`assessment.trait.${x}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('assessment.evidence_file')}>
              <Upload
                beforeUpload={(f) => (setFile(f), false)}
                maxCount={1}
                accept=".pdf,.jpg,.jpeg,.png,.webp"
                onRemove={() => setFile(null)}
              >
                <Button>{t('assessment.choose_file')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={log.isPending} data-testid="report-submit">
              {t('assessment.log')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <List
          size="small"
          bordered
          loading={q.isLoading}
          dataSource={q.data ?? []}
          data-testid="my-reports"
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <Tag>{t(`assessment.category.${r.category}`)}</Tag>
                {r.title}
                <Tag color={r.status === 'confirmed' ? 'green' : r.status === 'rejected' ? 'red' : 'default'}>
                  {t(`assessment.rstatus.${r.status}`)}
                </Tag>
                {r.outstanding && <Tag color="gold">{t('assessment.outstanding')}</Tag>}
                {r.files.map((f) => (
                  <a
                    key={f.id}
                    href={assessmentApi.reportFileUrl(r.id, f.id)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {f.name}
                  </a>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Col>
    </Row>
  );
}
