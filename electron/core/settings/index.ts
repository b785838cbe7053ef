export * from './schema';
export * from './validate';
export { migrateSettings } from './migrations';
export * from './shortcut';
export * from './fields';
export * from './import';
export * from './chime';
export { salvageOwnRoutines } from './salvage';
