/**
 * The phone page a mobile member reaches by scanning a return code 归队码: pick the branch where one
 * lives now, say where and what work, optionally share the phone's position for the map, register.
 * Logged in as a party member for a node's public code; a one-time link needs no login.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { GeoMap, type LatLng } from '../../app/map.tsx';
import { errorText, reportError, setFieldErrors } from '../../app/problem.ts';
import { usePageTitle } from './common.tsx';
import { getScanInfo, sendScan } from './partymembers.api.ts';

/** The scan page. */
export function ReturnPage() {
  const t = useT();
  usePageTitle(t('pm.scan.title'));
  const { token } = useParams();
  const [form] = Form.useForm();
  const [picked, setPicked] = useState<LatLng | null>(null);
  const [done, setDone] = useState<{ partyOrgName: string; month: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const info = useQuery({
    queryKey: ['partymembers', 'scan', token],
    queryFn: () => getScanInfo(token!),
    retry: false,
  });
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 16 }}>
      <Typography.Title level={3}>{t('pm.scan.title')}</Typography.Title>
      {info.error && <Alert type="error" title={errorText(info.error)} />}
      {done && (
        <Result
          status="success"
          title={t('pm.scan.done', { branch: done.partyOrgName, month: done.month })}
          data-testid="pm-scan-done"
        />
      )}
      {info.data && !done && (
        <Card>
          <Typography.Paragraph>{t('pm.scan.where', { node: info.data.nodeName })}</Typography.Paragraph>
          {info.data.needsLogin ? (
            <Alert
              type="warning"
              title={t('pm.scan.login')}
              action={
                <Link to="/login" state={{ from: `/m/return/${token}` }}>
                  <Button>{t('pm.scan.login_button')}</Button>
                </Link>
              }
            />
          ) : (
            <Form
              form={form}
              layout="vertical"
              onFinish={async (v) => {
                setBusy(true);
                try {
                  setDone(
                    await sendScan(token!, { ...v, lat: picked?.lat ?? null, lng: picked?.lng ?? null }),
                  );
                } catch (e) {
                  if (!setFieldErrors(form, e)?.length) reportError(e);
                } finally {
                  setBusy(false);
                }
              }}
            >
              <Form.Item name="partyOrgId" label={t('pm.scan.branch')} rules={[{ required: true }]}>
                <Select
                  data-testid="pm-scan-branch"
                  options={info.data.branches.map((b) => ({ value: b.id, label: `${b.nodeName}·${b.name}` }))}
                />
              </Form.Item>
              <Form.Item name="origin" label={t('pm.scan.origin')}>
                <Input />
              </Form.Item>
              <Form.Item name="destination" label={t('pm.scan.destination')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="work" label={t('pm.scan.work')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <GeoMap label={t('pm.map')} height={200} picked={picked} onPick={setPicked} locate />
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={busy}
                style={{ marginTop: 16 }}
                data-testid="pm-scan-submit"
              >
                {t('pm.scan.submit')}
              </Button>
            </Form>
          )}
        </Card>
      )}
    </div>
  );
}
