import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from '@kindred/common';
import { MAX_UPLOAD_MB } from './people-uploads.service';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
};

const CODE = Object.fromEntries(Object.entries(STATUS).map(([code, status]) => [status, code])) as Record<
  number,
  string
>;

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: string | string[] }).message;
  return Array.isArray(message) ? message.join(' ') : (message ?? exception.message);
}

/**
 * Errors of the file endpoints as `{ code, message }` JSON with the matching HTTP status: the same
 * codes and messages GraphQL gives, for a client that uploads or downloads with plain fetch.
 */
@Catch()
export class JsonErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('FileEndpoints');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(error);
    response.status(status).json(body);
  }

  private describe(error: unknown): [number, { code: string; message: string }] {
    if (error instanceof DomainError) return [STATUS[error.code], { code: error.code, message: error.message }];
    if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      const message = `The file is larger than ${MAX_UPLOAD_MB} MB. Split it into smaller files and import them one at a time.`;
      return [HttpStatus.PAYLOAD_TOO_LARGE, { code: 'BAD_USER_INPUT', message }];
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      return [error.getStatus(), { code: CODE[error.getStatus()] ?? 'BAD_USER_INPUT', message: httpMessage(error) }];
    }
    this.logger.error(error);
    const message = 'Something went wrong on our side. It has been logged.';
    return [HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL_SERVER_ERROR', message }];
  }
}
