/** Small pieces the party-organisation pages share: the year they read, organisations to pick. */
import { useState } from 'react';
import { InputNumber } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useT } from '../../app/i18n.tsx';
import { beijingYear } from '../../app/format.ts';

/** Sets the browser tab's title for the page (the shell's one helper). */
export { useDocumentTitle as usePageTitle } from '../../app/title.ts';

/** The year a page reads, this year by default, and a picker for it. */
export function useYear() {
  const t = useT();
  const [year, setYear] = useState(beijingYear);
  const picker = (
    <InputNumber
      aria-label={t('po.year')}
      min={2000}
      max={2100}
      value={year}
      onChange={(v) => v && setYear(v)}
    />
  );
  return { year, picker };
}

/** Party organisations below a node (for pickers). */
export function useOrgs(nodeId: string | undefined) {
  return useQuery({
    queryKey: ['org', 'party-orgs', nodeId],
    queryFn: () =>
      client.get('/api/org/nodes/{id}/party-orgs', { path: { id: nodeId! }, query: { deep: '1' } }),
    enabled: !!nodeId,
  });
}
