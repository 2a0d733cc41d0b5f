import { HttpException, type LoggerService } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode } from '@kindred/common';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

// Apollo's own codes for a query that does not parse or does not fit the schema, or variables of
// the wrong type: all the client's input, so reported as such.
const INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: string | string[] }).message;
  return Array.isArray(message) ? message.join(' ') : (message ?? exception.message);
}

/**
 * Every error leaves with a stable code and a message a person can act on. Anything unexpected is
 * logged in full and reaches the client only as INTERNAL_SERVER_ERROR, with no stack or SQL.
 */
export function errorFormatter(logger: LoggerService) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException && STATUS_CODES[original.getStatus()]) {
      return { ...base, message: httpMessage(original), extensions: { code: STATUS_CODES[original.getStatus()] } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'That already exists.', extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && INPUT_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL operation');
    return {
      ...base,
      message: 'Something went wrong on our side. It has been logged.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
