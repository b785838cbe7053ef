export * from './schema';
export * from './validate';
export { migrateSettings } from './migrations';
