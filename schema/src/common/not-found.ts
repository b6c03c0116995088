import { DomainError } from './errors.ts';

/**
 * The one "no such object" failure. An unknown id and another party's id both give it, so a
 * caller cannot tell whether something exists that it may not see. Registered as the GraphQL
 * type `NotFound` in accounts/mutations.ts.
 */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what}不存在`);
  }
}
