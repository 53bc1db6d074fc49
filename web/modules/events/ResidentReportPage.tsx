/**
 * A resident reports a problem at a place: a pin on the map or the phone's GPS, or an address; the
 * grid follows from the point on the server (a resident does not know the grid tree).
 */
import { useState } from 'react';
import { App as AntApp, Button, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { EVENT_CATEGORIES } from '../../../server/modules/events/events.rules.ts';
import { GeoMap, type LatLng } from '../../app/map.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import { useT } from '../../app/i18n.tsx';
import { uuidv7 } from '../grid/uuidv7.ts';
import { PageTitle } from './common.tsx';
import { reportAsResident } from './events.api.ts';

interface Values {
  category: string;
  title: string;
  description?: string;
  address?: string;
  public?: boolean;
}

/** The page. */
export default function ResidentReportPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [place, setPlace] = useState<LatLng | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => uuidv7());
  const [id] = useState(() => uuidv7());
  const submit = async (v: Values) => {
    if (!place && !v.address?.trim()) {
      form.setFields([{ name: 'address', errors: [t('ev.resident.placeRequired')] }]);
      return;
    }
    setBusy(true);
    try {
      const e = await reportAsResident(
        {
          id,
          category: v.category as (typeof EVENT_CATEGORIES)[number],
          title: v.title,
          description: v.description ?? '',
          address: v.address ?? '',
          position: place,
          public: !!v.public,
        },
        key,
      );
      message.success(t('ev.resident.sent', { number: e.number ?? '' }));
      navigate('/events/mine');
    } catch (err) {
      applyProblemToForm(form, err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ maxWidth: 640 }}>
      <PageTitle title={t('ev.resident.title')} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ category: 'other' }}>
        <Form.Item
          name="category"
          label={t('ev.category')}
          rules={[{ required: true, message: t('ev.required') }]}
        >
          <Select
            options={EVENT_CATEGORIES.map((c) => ({ value: c, label: t(`ev.cat.${c}`) }))}
            data-testid="resident-category"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('ev.resident.titleField')}
          rules={[{ required: true, whitespace: true, message: t('ev.required') }, { max: 100 }]}
        >
          <Input maxLength={100} data-testid="resident-title" />
        </Form.Item>
        <Form.Item name="description" label={t('ev.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t('ev.resident.place')} extra={t('ev.resident.placeHelp')}>
          <GeoMap
            label={t('ev.resident.place')}
            height={260}
            picked={place}
            onPick={setPlace}
            locate
            testId="resident-map"
          />
          {place && (
            <Typography.Text type="secondary" data-testid="resident-picked">
              {place.lat.toFixed(5)}, {place.lng.toFixed(5)}
            </Typography.Text>
          )}
        </Form.Item>
        <Form.Item name="address" label={t('ev.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} data-testid="resident-address" />
        </Form.Item>
        <Form.Item name="public" valuePropName="checked">
          <Checkbox>{t('ev.resident.public')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="resident-submit">
          {t('ev.action.report')}
        </Button>
      </Form>
    </div>
  );
}
