/** Small pieces the council, votes and residents pages share: page titles, stage tags. */
import { Tag } from 'antd';
import { useT } from '../../app/i18n.tsx';

/** Sets the browser tab's title for the page (the shell's one helper). */
export { useDocumentTitle as usePageTitle } from '../../app/title.ts';

const STAGE_COLOURS: Record<string, string> = {
  raise: 'default',
  ideas: 'cyan',
  plan: 'blue',
  floor: 'geekblue',
  convention: 'purple',
  decide: 'magenta',
  implementing: 'orange',
  resolved: 'green',
  not_adopted: 'red',
  declined: 'default',
  withdrawn: 'default',
};

/** A topic's stage as a coloured tag. */
export function StageTag(props: { stage: string }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLOURS[props.stage]} data-testid="stage-tag">
      {t(`council.stage.${props.stage}`)}
    </Tag>
  );
}
