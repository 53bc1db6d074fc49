/**
 * A record's next steps (the actions its answer says the reader may take), one small button each:
 * labelled by the message `${messages}.${step}`, test id `${testId}-${step}`. A click hands the step
 * to onPick, which opens that step's dialog.
 */
import { Button, Space } from 'antd';
import { useT } from './i18n.tsx';

export function StepButtons<S extends string>(props: {
  steps: readonly S[];
  messages: string;
  testId: string;
  onPick: (step: S) => void;
}) {
  const t = useT();
  return (
    <Space>
      {props.steps.map((s) => (
        <Button key={s} size="small" onClick={() => props.onPick(s)} data-testid={`${props.testId}-${s}`}>
          {t(`${props.messages}.${s}`)}
        </Button>
      ))}
    </Space>
  );
}
