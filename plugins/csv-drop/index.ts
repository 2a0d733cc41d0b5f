export { csvDropPlugin } from './src/csv-drop.plugin';
export { COLUMNS } from './src/columns';
