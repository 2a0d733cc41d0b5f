export { learningHubPlugin } from './src/learning-hub.plugin';
