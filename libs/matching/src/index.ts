export * from './entities/match.enums';
export * from './entities/match.entity';
export * from './entities/support-needs.entity';
