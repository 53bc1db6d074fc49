/** Inspections 巡察 (seed 004): the rounds with their units and letters, and the problems with their rectification. */
import { useState } from 'react';
import { Button, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageTitle } from '../council/common.tsx';
import { FindingsTab } from './findings.tsx';
import { exportUrl, listRounds } from './inspections.api.ts';
import { RoundsTab } from './rounds.tsx';
import { addMessages } from '../../app/i18n.tsx';
import { inspectionsMessages } from './inspections.messages.ts';

addMessages(inspectionsMessages);

/** The inspections page: rounds for the inspection side, the unit's problems for the units. */
export function InspectionsPage() {
  const t = useT();
  usePageTitle(t('ins.title'));
  const { can } = useMe();
  const [newRound, setNewRound] = useState(false);
  const manager = can('inspections.manage');
  const [tab, setTab] = useState(manager ? 'rounds' : 'findings');
  const rounds = useQuery({ queryKey: ['inspections', 'rounds'], queryFn: listRounds });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('ins.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('ins.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {can('inspections.export') && (
            <Button icon={<DownloadOutlined />} href={exportUrl()}>
              {t('ins.export')}
            </Button>
          )}
          {manager && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setTab('rounds');
                setNewRound(true);
              }}
              data-testid="new-round"
            >
              {t('ins.round.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'rounds',
            label: t('ins.rounds'),
            children: (
              <RoundsTab
                rounds={rounds.data ?? []}
                loading={rounds.isLoading}
                newRound={newRound}
                onNewRoundClose={() => setNewRound(false)}
              />
            ),
          },
          { key: 'findings', label: t('ins.findings'), children: <FindingsTab rounds={rounds.data ?? []} /> },
        ]}
      />
    </Space>
  );
}
