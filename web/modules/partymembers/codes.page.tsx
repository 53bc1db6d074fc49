/**
 * Return codes 归队码 a street's party service centre publishes (printable QR images), and the
 * vanguard teams 党群先锋队 with their service lists.
 */
import { useState } from 'react';
import { Button, Card, Col, Form, Input, List, Modal, Row, Space, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { usePageTitle } from './common.tsx';
import { createCode, createTeam, listCodes, listTeams } from './partymembers.api.ts';
import { usePageNode } from '../../app/selected-node.tsx';

/** Codes and teams below the selected node. */
export function CodesPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('pm.codes.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const codes = useQuery({
    queryKey: ['partymembers', 'codes', nodeId],
    queryFn: () => listCodes(nodeId!),
    enabled: !!nodeId,
  });
  const teams = useQuery({
    queryKey: ['partymembers', 'teams', nodeId],
    queryFn: () => listTeams(nodeId!),
    enabled: !!nodeId,
  });
  if (!nodeId) return <Typography.Text>{t('pm.node_needed')}</Typography.Text>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pm.codes.title')}
        </Typography.Title>
        {can('partymembers.write') && (
          <Button
            type="primary"
            icon={<QrcodeOutlined />}
            data-testid="pm-code-new"
            onClick={async () => {
              try {
                await createCode({ nodeId });
                await qc.invalidateQueries({ queryKey: ['partymembers', 'codes'] });
              } catch (e) {
                reportError(e);
              }
            }}
          >
            {t('pm.code.new')}
          </Button>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        {(codes.data ?? []).map((c) => (
          <Col key={c.id} xs={24} sm={12} lg={8}>
            <Card
              size="small"
              title={c.nodeName}
              data-testid="pm-code"
              extra={
                <Button size="small" icon={<PrinterOutlined />} onClick={() => window.print()}>
                  {t('pm.code.print')}
                </Button>
              }
            >
              {/* the SVG is drawn by the server's QR encoder from our own URL, never from user text */}
              <div
                data-testid="pm-code-qr"
                style={{ width: 200, margin: '0 auto' }}
                dangerouslySetInnerHTML={{ __html: c.svg }}
              />
              <Typography.Paragraph
                copyable={{ text: c.url }}
                style={{ fontSize: 12, wordBreak: 'break-all' }}
              >
                <a href={c.url} data-testid="pm-code-link">
                  {c.url}
                </a>
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('pm.code.expires', { date: formatTime(c.expiresAt, lang) })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('pm.teams')}
        </Typography.Title>
        {can('partymembers.write') && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('pm.team.new')}
          </Button>
        )}
      </Space>
      <List
        bordered
        dataSource={teams.data ?? []}
        renderItem={(tm) => (
          <List.Item>
            <List.Item.Meta
              title={`${tm.nodeName}·${tm.name}`}
              description={`${tm.services.join('、')} — ${t('pm.team.members', { n: tm.members, served: tm.served })}`}
            />
          </List.Item>
        )}
      />
      <Modal
        open={open}
        title={t('pm.team.new')}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            await createTeam({
              nodeId,
              name: v.name,
              services: String(v.services)
                .split(/\n|、|,|，/)
                .map((s) => s.trim())
                .filter(Boolean),
            });
            setOpen(false);
            form.resetFields();
            await qc.invalidateQueries({ queryKey: ['partymembers', 'teams'] });
          } catch (e) {
            if (!setFieldErrors(form, e)?.length) reportError(e);
          }
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ services: '文明宣传\n抗疫抗台\n困难群体帮扶' }}>
          <Form.Item name="name" label={t('pm.team.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="services" label={t('pm.team.services')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
