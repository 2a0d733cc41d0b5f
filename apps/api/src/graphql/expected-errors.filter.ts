import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@kindred/common';

/**
 * Domain errors are answers, not faults: hand them to the GraphQL error formatter untouched so
 * Nest does not log each refused sign-in or missing record as a server error.
 */
@Catch(DomainError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
