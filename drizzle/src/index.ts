export * from './tables.ts';
export { relations, type Relations } from './relations.ts';
export * from './client.ts';
export { configureQueue, executorFor, JOB_SCHEMA, QUEUES, sendJobs, type JobQueue, type JobToSend } from './queue.ts';
export * from './errors.ts';
