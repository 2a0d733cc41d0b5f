import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import { Menu, usePermissions } from 'react-admin';

export const MENU_ITEMS = [
  { to: '/Partnership', label: 'Partnership settings', permission: 'partnership.read', icon: <TuneIcon /> },
  { to: '/FailedJob', label: 'Failed jobs', permission: 'job.read', icon: <ErrorOutlineIcon /> },
] as const;

export const KindredMenu = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="Home" />
      {MENU_ITEMS.filter((item) => permissions?.includes(item.permission)).map((item) => (
        <Menu.Item key={item.to} to={item.to} primaryText={item.label} leftIcon={item.icon} />
      ))}
    </Menu>
  );
};
