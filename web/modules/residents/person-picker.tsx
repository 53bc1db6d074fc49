/** Picks a person of the officer's subtree by name (masked data only). */
import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { searchPeople, type People } from './residents.api.ts';

/** The person chosen: id, district and how to show them. */
export interface PickedPerson {
  id: string;
  label: string;
}

/** A search box over the people register; value is a person id. */
export function PersonPicker(props: {
  id?: string;
  value?: string;
  onChange?: (id: string, person: People['items'][number]) => void;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['residents', 'people', q],
    queryFn: () => searchPeople(q),
    enabled: q.trim().length > 0,
    meta: { silent: true },
  });
  const items = found.data?.items ?? [];
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      placeholder={props.placeholder}
      notFoundContent={null}
      onChange={(id: string) => {
        const p = items.find((x) => x.id === id);
        if (p) props.onChange?.(id, p);
      }}
      options={items.map((p) => ({ value: p.id, label: `${p.name} · ${p.nodeName} · ${p.nationalId}` }))}
      data-testid="person-picker"
      style={{ width: '100%' }}
    />
  );
}
