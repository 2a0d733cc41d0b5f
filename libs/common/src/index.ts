export {
  BadInputError,
  ConflictError,
  DomainError,
  type ErrorCode,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './errors/domain-error';
export { ListArgs, PageArgs, SortInput, SortOrder } from './list/list-args';
export { type ListPage, ListPageType, pageOptions } from './list/list-page';
export { RedisConnection, RedisModule } from './redis/redis.module';
export { FilterArg, IdList } from './list/list-decorators';
export { DateField, IdArg, IdField, OptionalIdField } from './graphql/id-fields';
export { PdfFont, type PdfFontName, pdfDocument, type PdfDraft } from './pdf/pdf-document';
export { londonTime } from './time/london-time';
