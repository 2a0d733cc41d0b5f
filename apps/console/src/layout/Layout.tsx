import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { KindredAppBar } from './AppBar';
import { KindredMenu } from './Menu';

export const KindredLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={KindredAppBar} menu={KindredMenu}>
    {children}
  </Layout>
);
