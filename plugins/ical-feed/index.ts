export { icalFeedPlugin } from './src/ical-feed.plugin';
