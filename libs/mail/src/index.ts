export * from './mail.module';
export * from './templates';
export * from './transport/mail-send-error';
export * from './transport/outgoing-email';
export * from './transport/smtp-mail-transport';
