// Every table of every domain, for drizzle-kit and for `drizzle()`.
export * from './accounts/tables.ts';
export * from './audit/tables.ts';
export * from './offers/tables.ts';
