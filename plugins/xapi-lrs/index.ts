export { xapiLrsPlugin } from './src/xapi-lrs.plugin';
