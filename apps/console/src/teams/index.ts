export { TeamCreate, TeamEdit } from './TeamForm';
export { TeamList } from './TeamList';
export { TeamShow } from './TeamShow';
