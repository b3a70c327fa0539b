export * from './accounts';
export * from './circles';
export * from './platform';
export * from './chores';
export * from './encouragement';
export * from './notifications';
export * from './checkins';
export * from './settings';
