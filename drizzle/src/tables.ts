// Every table of every domain, for drizzle-kit and for `drizzle()`.
export * from './accounts/tables.ts';
export * from './audit/tables.ts';
export * from './integrations/tables.ts';
export * from './competitions/tables.ts';
export * from './jobs/tables.ts';
export * from './grants/tables.ts';
export * from './offers/tables.ts';
export * from './messages/tables.ts';
export * from './files/tables.ts';
export * from './hardship/tables.ts';
export * from './stations/tables.ts';
export * from './rights/tables.ts';
export * from './congress/tables.ts';
export * from './mutual_aid/tables.ts';
export * from './classes/tables.ts';
