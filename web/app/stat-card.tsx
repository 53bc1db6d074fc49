/**
 * One figure of a page's row of figures: a small card in a quarter-width column (half on phones).
 * Put several in a <Row gutter={[12, 12]}>.
 */
import { Card, Col, Statistic, type StatisticProps } from 'antd';

/** A Statistic in a small card in its column; takes the Statistic's own props. */
export function StatCard(props: StatisticProps & { 'data-testid'?: string }) {
  return (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic {...props} />
      </Card>
    </Col>
  );
}
