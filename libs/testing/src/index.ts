export { GraphQLClient, type GraphQLResponse } from './graphql-client';
export { setUpTestApi, startApi, type TestApi } from './test-api';
export { SOUTHVALE, testConfig } from './test-config';
export { createTestDatabase, serverUrl, type TestDatabase } from './test-database';
export { launchChromium } from './browser';
export { expectAccessible, pageWidth } from './accessibility';
