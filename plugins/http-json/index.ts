export { httpJsonPlugin } from './src/http-json.plugin';
