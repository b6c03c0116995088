export * from './tables.ts';
export { relations, type Relations } from './relations.ts';
export * from './client.ts';
export * from './errors.ts';
