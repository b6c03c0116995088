import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import { registerNodeTypes } from './common/global-id.ts';
import { guardCursorArguments } from './common/cursors.ts';
import { describeGeneratedTypes } from './common/generated-descriptions.ts';
import { nullWhenMissing } from './common/node-lookup.ts';
import './common/scalars.ts';
import './common/money.ts';
import './common/errors.ts';
import './common/transitions.ts';
import './accounts/types.ts';
import './accounts/queries.ts';
import './accounts/mutations.ts';
import './accounts/consent-types.ts';
import './accounts/sms-mutations.ts';
import './accounts/privacy-mutations.ts';
import './integrations/types.ts';
import './integrations/queries.ts';
import './integrations/mutations.ts';
import './competitions/types.ts';
import './competitions/entry-types.ts';
import './competitions/queries.ts';
import './competitions/mutations/competitions.ts';
import './competitions/mutations/registration.ts';
import './competitions/mutations/teams.ts';
import './competitions/mutations/waiting-list.ts';
import './competitions/mutations/results.ts';
import './jobs/errors.ts';
import './jobs/types/shared.ts';
import './jobs/types/employer.ts';
import './jobs/types/posting.ts';
import './jobs/types/application.ts';
import './jobs/types/fair.ts';
import './jobs/queries.ts';
import './jobs/mutations/employers.ts';
import './jobs/mutations/postings.ts';
import './jobs/mutations/applications.ts';
import './jobs/mutations/fairs.ts';
import './grants/errors.ts';
import './grants/types/enums.ts';
import './grants/types/calls.ts';
import './grants/types/applications.ts';
import './grants/types/reviews.ts';
import './grants/types/tranches.ts';
import './grants/queries.ts';
import './grants/mutations/calls.ts';
import './grants/mutations/applications.ts';
import './grants/mutations/documents.ts';
import './grants/mutations/reviews.ts';
import './grants/mutations/decisions.ts';
import './grants/mutations/tranches.ts';
import './grants/mutations/reports.ts';
import './offers/errors.ts';
import './offers/types/enums.ts';
import './offers/types/merchants.ts';
import './offers/types/offers.ts';
import './offers/types/claims.ts';
import './offers/queries.ts';
import './offers/mutations/merchants.ts';
import './offers/mutations/offers.ts';
import './offers/mutations/claims.ts';
import './offers/mutations/redemption.ts';
import './offers/mutations/vouchers.ts';
import './messages/types.ts';
import './messages/queries.ts';
import './messages/mutations.ts';
import './files/types.ts';
import './hardship/types.ts';
import './hardship/document-types.ts';
import './hardship/queries.ts';
import './hardship/mutations/register.ts';
import './hardship/mutations/aid.ts';
import './hardship/mutations/loans.ts';
import './hardship/mutations/visits.ts';
import './hardship/mutations/documents.ts';
import './stations/types.ts';
import './stations/report-types.ts';
import './stations/queries.ts';
import './stations/mutations/stations.ts';
import './stations/mutations/inspections.ts';
import './rights/types.ts';
import './rights/queries.ts';
import './rights/mutations/cases.ts';
import './rights/mutations/steps.ts';
import './congress/types.ts';
import './congress/resolution-types.ts';
import './congress/motion-types.ts';
import './congress/opinion-types.ts';
import './congress/queries.ts';
import './congress/mutations/sessions.ts';
import './congress/mutations/votes.ts';
import './congress/mutations/motions.ts';
import './congress/mutations/opinions.ts';
import './mutual_aid/types.ts';
import './mutual_aid/queries.ts';
import './mutual_aid/mutations/enrolment.ts';
import './mutual_aid/mutations/claims.ts';
import './hardship/mutations/mutual-aid.ts';
import './figures/types.ts';
import './figures/queries.ts';
import './classes/types.ts';
import './classes/queries.ts';
import './classes/mutations/courses.ts';
import './classes/mutations/enrolment.ts';

export type { Context } from './context.ts';
export { loadViewer, type Viewer } from './accounts/viewer.ts';
export { authenticateApiKey, API_KEY_PREFIX, type ApiCaller } from './integrations/api-keys.service.ts';
export { deliverDueWebhooks, verifyWebhookSignature, signWebhook } from './integrations/webhook-delivery.service.ts';
export { queueParkedDeliveries, repairStuckDeliveries } from './integrations/webhooks.service.ts';
export { hashPassword } from './accounts/password.ts';
export { TooManyAttempts, type AttemptGuard } from './common/attempt-guard.ts';
export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './builder.ts';
// The classes of client mistakes the HTTP layer answers as BAD_USER_INPUT (api/src/server.ts).
export { PothosValidationError } from '@pothos/core';
export { InputValidationError } from '@pothos/plugin-validation';
export { handleGrantStripeWebhook } from './grants/payouts.service.ts';
export { handleStripeWebhook } from './offers/voucher-webhook.service.ts';
export { sweepExpired } from './offers/vouchers.service.ts';

let built: GraphQLSchema | undefined;

/** The executable schema. Data comes from `context.db`, so one schema serves any database. */
export function getSchema(): GraphQLSchema {
  if (!built) {
    built = builder.toSchema({ sortSchema: false });
    const schema = built;
    guardCursorArguments(schema);
    describeGeneratedTypes(schema);
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name);
    registerNodeTypes(nodeTypes);
    nullWhenMissing(builder, nodeTypes);
  }
  return built;
}

export function printPublicSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
