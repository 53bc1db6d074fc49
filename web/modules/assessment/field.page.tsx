/**
 * 双点 and the department's own entries [000]: units as liaison 联系点 and observation 观测点 points
 * with their supervising group 督导组 and leader in charge; the observations that feed the
 * assessment; points added or taken by hand (pending until approved); and the district's settings
 * (the quota of 好 and the points each order is worth).
 */
import type { ReactElement } from 'react';
import { Tabs, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { useDistrict, usePageTitle } from './common.tsx';
import { UnitsTab } from './field-units.tsx';
import { ObservationsTab } from './field-observations.tsx';
import { PointsTab } from './field-points.tsx';
import { SettingsTab } from './field-settings.tsx';

/** The page: one tab per kind of entry, each shown only to those who may use it. */
export function FieldPage() {
  const t = useT();
  usePageTitle(t('assessment.field'));
  const { can } = useMe();
  const districtId = useDistrict();
  if (!districtId) return null;
  const tabs = [
    can('assessment.read') && {
      key: 'units',
      label: t('assessment.field.units'),
      children: <UnitsTab districtId={districtId} manage={can('assessment.manage')} />,
    },
    can('assessment.read') && {
      key: 'observations',
      label: t('assessment.field.observations'),
      children: <ObservationsTab districtId={districtId} manage={can('assessment.manage')} />,
    },
    can('assessment.review') && {
      key: 'points',
      label: t('assessment.field.points'),
      children: <PointsTab districtId={districtId} approve={can('assessment.manage')} />,
    },
    can('assessment.manage') && {
      key: 'settings',
      label: t('assessment.field.settings'),
      children: <SettingsTab districtId={districtId} />,
    },
  ].filter((x): x is { key: string; label: string; children: ReactElement } => !!x);
  return (
    <div data-testid="assessment-field">
      <Typography.Title level={4}>{t('assessment.field')}</Typography.Title>
      <Tabs items={tabs} />
    </div>
  );
}
