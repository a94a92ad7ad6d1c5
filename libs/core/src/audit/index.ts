export * from './audit-entry.entity';
export * from './record-audit';
export * from './erase-audit-fields';
export * from './audit.graphql';
export * from './audit.service';
export * from './audit.module';
