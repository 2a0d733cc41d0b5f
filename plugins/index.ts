import type { KindredPlugin } from '@kindred/plugin-sdk';
import { csvDropPlugin } from './csv-drop';
import { httpJsonPlugin } from './http-json';
import { icalFeedPlugin } from './ical-feed';
import { learningHubPlugin } from './northshire';
import { xapiLrsPlugin } from './xapi-lrs';

/** Every plugin this Kindred ships: partnership files enable them by id. */
export const installedPlugins: readonly KindredPlugin[] = [
  icalFeedPlugin,
  xapiLrsPlugin,
  csvDropPlugin,
  httpJsonPlugin,
  learningHubPlugin,
];
