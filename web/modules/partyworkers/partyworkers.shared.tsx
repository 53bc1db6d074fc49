/** What both partyworkers pages show the same way. */
import { Space, Tag } from 'antd';
import { useT } from '../../app/i18n.tsx';
import type { WorkerRow } from './partyworkers.api.ts';

/** The contract's end with a tag when it ends within 60 days or has passed. */
export function ContractEnd(props: { w: Pick<WorkerRow, 'contractEnd' | 'contractState' | 'endedOn'> }) {
  const t = useT();
  const { w } = props;
  return (
    <Space size={4}>
      {w.contractEnd}
      {!w.endedOn && w.contractState !== 'fine' && (
        <Tag color={w.contractState === 'over' ? 'red' : 'orange'} data-testid="pw-contract-tag">
          {t(`pw.contract.${w.contractState}`)}
        </Tag>
      )}
    </Space>
  );
}
