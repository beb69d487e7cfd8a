export * from './escape-html';
export * from './render-people-emails';
export * from './render-reminder-email';
export * from './render-supervisor-digest-email';
export * from './rendered-email';
