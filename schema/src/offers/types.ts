// The GraphQL types of the offers domain, one file per sub-domain under types/. This module only
// re-exports them for other domains (integrations binds an API client to a Merchant).
export * from './types/enums.ts';
export * from './types/merchants.ts';
export * from './types/offers.ts';
export * from './types/claims.ts';
export { GeoPointInput } from '../common/geo.ts';
