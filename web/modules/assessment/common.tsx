/** Shared pieces of the assessment pages: the page title, the district, grade tags and the radar. */
import { App, Tag } from 'antd';
import { ApiError } from '../../app/api.ts';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { TRAITS } from '../../../server/modules/assessment/assessment.portrait.ts';
import type { Grade } from '../../../server/modules/assessment/assessment.rules.ts';
import type { Portrait } from './assessment.api.ts';

/** Sets the browser tab's title for the page (the shell's one helper). */
export { useDocumentTitle as usePageTitle } from '../../app/title.ts';

/** The district the user works in (the selected node's, else the first grant's). */
export function useDistrict(): string | undefined {
  const { me } = useMe();
  const { node } = useSelectedNode();
  const ids = [...new Set((me?.grants ?? []).map((g) => g.districtId))];
  return node && ids.includes(node.districtId) ? node.districtId : ids[0];
}

/** Every grade's tag colour: a new grade in the server's GRADES fails the type check here until it has one. */
const GRADE_COLOURS: Record<Grade, string> = {
  good: 'green',
  fairly_good: 'blue',
  average: 'default',
  poor: 'red',
};

/** A grade 好/较好/一般/较差 as a coloured tag. */
export function GradeTag(props: { grade: Grade | null | undefined }) {
  const t = useT();
  if (!props.grade) return <span>—</span>;
  return <Tag color={GRADE_COLOURS[props.grade]}>{t(`assessment.grade.${props.grade}`)}</Tag>;
}

/** The current quarter of a day, '2026Q4'. */
export function quarterOfToday(): string {
  const d = new Date();
  return `${d.getFullYear()}Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/**
 * The portrait as a radar of the 8 abilities and 3 attitudes [000 3D画像], drawn as SVG (the shared
 * chart host has line and bar charts only), with the scores listed beside for screen readers.
 */
export function Radar(props: { portrait: Portrait; size?: number }) {
  const t = useT();
  const size = props.size ?? 300;
  const c = size / 2;
  const r = c - 48;
  const n = TRAITS.length;
  const at = (i: number, v: number) => {
    const a = (Math.PI * 2 * i) / n - Math.PI / 2;
    return [c + Math.cos(a) * r * (v / 100), c + Math.sin(a) * r * (v / 100)] as const;
  };
  const ring = (v: number) => TRAITS.map((_, i) => at(i, v).join(',')).join(' ');
  const shape = TRAITS.map((k, i) => at(i, props.portrait.scores[k]).join(',')).join(' ');
  return (
    <figure style={{ margin: 0 }} data-testid="portrait-radar">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width="100%"
        style={{ maxWidth: size }}
        role="img"
        aria-label={t('assessment.portrait')}
      >
        {[20, 40, 60, 80, 100].map((v) => (
          <polygon key={v} points={ring(v)} fill="none" stroke="#ddd" />
        ))}
        <polygon points={shape} fill="rgba(200,16,46,0.25)" stroke="#c8102e" strokeWidth={2} />
        {TRAITS.map((k, i) => {
          const [x, y] = at(i, 118);
          return (
            <text key={k} x={x} y={y} fontSize={11} textAnchor="middle" dominantBaseline="middle">
              {t(`assessment.trait.${k}`)}
            </text>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 12 }}>
        {TRAITS.map((k) => `${t(`assessment.trait.${k}`)} ${props.portrait.scores[k]}`).join(' · ')}
      </figcaption>
    </figure>
  );
}

/** The portrait's tags. */
export function PortraitTags(props: { tags: string[] }) {
  const t = useT();
  return (
    <span data-testid="portrait-tags">
      {props.tags.map((g) => (
        <Tag key={g} color={g.startsWith('type.') ? 'gold' : 'red'}>
          {t(`assessment.tag.${g}`)}
        </Tag>
      ))}
    </span>
  );
}

/** Shows a failed request's first field message (or its title) as a toast. */
export function useFail() {
  const { message } = App.useApp();
  return (e: unknown) =>
    message.error(e instanceof ApiError ? (e.problem.errors?.[0]?.message ?? e.problem.title) : String(e));
}
