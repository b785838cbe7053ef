export * from './types';
export * from './records';
export * from './stats';
export * from './checkin';
export * from './csv';
