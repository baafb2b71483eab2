export * from './types';
export * from './catalogue';
export * from './operators';
export * from './limits';
export * from './definition';
export * from './check';
