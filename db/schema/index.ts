export * from './accounts';
export * from './circles';
export * from './platform';
