export { BookingDecisionPage } from './BookingDecisionPage';
export { CaughtMailPage } from './CaughtMailPage';
export { MessagesPage } from './MessagesPage';
export { MyMessagesPage } from './MyMessagesPage';
