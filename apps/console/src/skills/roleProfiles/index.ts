export { JobRoleProfileDialog } from './JobRoleProfileDialog';
export { RoleProfileCreate, RoleProfileEdit } from './RoleProfileForm';
export { RoleProfileList } from './RoleProfileList';
export { RoleProfileShow } from './RoleProfileShow';
