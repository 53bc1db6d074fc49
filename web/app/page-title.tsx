/** A page's heading, sized for a phone, with what goes on its right (buttons). */
import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A page title sized for a phone. */
export function PageTitle(props: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {props.children}
      </Typography.Title>
      {props.extra}
    </div>
  );
}
