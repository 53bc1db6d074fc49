/** Patrol coverage 巡查覆盖: the weekly walks of grid heads under a node, with its Excel. */
import { Button, Card, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n.tsx';
import { fmtRate } from './common.tsx';
import { coverageExportUrl, type Coverage } from './grid.api.ts';

/** Weekly walks of grid heads under the node: per child node and per head, with the definition. */
export function CoverageCard(props: { coverage: Coverage; nodeId: string }) {
  const t = useT();
  const c = props.coverage;
  const columns = [
    { title: t('grid.reg.label'), dataIndex: 'name' },
    { title: t('grid.coverage.grids'), dataIndex: 'grids' },
    { title: t('grid.coverage.gridWeeks'), dataIndex: 'gridWeeks' },
    { title: t('grid.coverage.walked'), dataIndex: 'walked' },
    { title: t('grid.coverage.rate'), dataIndex: 'rate', render: (v: number | null) => fmtRate(v) },
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="patrol-coverage"
      extra={
        <Button size="small" icon={<DownloadOutlined />} href={coverageExportUrl(props.nodeId)}>
          {t('grid.coverage.export')}
        </Button>
      }
      title={
        <span>
          {t('grid.coverage.title')} <span data-testid="coverage-rate">{fmtRate(c.total.rate)}</span>
        </span>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {c.definition}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8 }}
        dataSource={c.children}
        columns={columns}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8 }}
        dataSource={c.heads}
        columns={columns}
        scroll={{ x: 480 }}
      />
    </Card>
  );
}
