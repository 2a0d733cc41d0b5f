export { MyPathwaysPage } from './MyPathwaysPage';
export { PathwaysPage } from './PathwaysPage';
