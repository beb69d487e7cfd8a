export * from './indicator-score.entity';
export * from './score-source';
export * from './scores.module';
export * from './scores.service';
