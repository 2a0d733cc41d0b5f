export { DEMO_PASSWORD, DEMO_USERS } from './demo-people';
export { DEMO_PARTNERSHIP, seedDemo } from './seed-demo';
