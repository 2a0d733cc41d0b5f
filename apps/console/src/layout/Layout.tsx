import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { KindredAppBar } from './AppBar';
import { KindredMenu } from './Menu';

export const KindredLayout = ({ children }: { children: ReactNode }) => (
  // react-admin sizes the layout to fit its content, so on a phone the widest table would widen
  // the whole page. Held to the screen instead, each table scrolls inside its own container.
  <Layout appBar={KindredAppBar} menu={KindredMenu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
    {children}
  </Layout>
);
