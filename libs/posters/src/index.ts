export * from './poster-packs.service';
export * from './posters.module';
export * from './posters.service';
export * from './qr-svg';
export * from './survey-posters';
