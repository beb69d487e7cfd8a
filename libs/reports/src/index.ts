export * from './measures-report';
export * from './measures-report-docx';
export * from './measures-report-html';
export * from './pdf-renderer.service';
export * from './reports.module';
export * from './reports.service';
export * from './rollup-workbook';
export * from './sarabun-font-css';
