export { PersonCreate, PersonEdit } from './PersonForm';
export { PersonList } from './PersonList';
export { PersonShow } from './PersonShow';
