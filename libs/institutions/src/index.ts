export * from './institutions.module';
export * from './institutions-graphql.module';
export * from './institutions.service';
export * from './import/institution-import.service';
export * from './import/institution-type';
export * from './entities/institution.entity';
export * from './graphql/institution.type';
