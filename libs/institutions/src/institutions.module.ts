import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chn/identity';
import { InstitutionEntity } from './entities/institution.entity';
import { InstitutionStatusImportService } from './import/institution-status-import.service';
import { InstitutionImportService } from './import/institution-import.service';
import { InstitutionsService } from './institutions.service';

@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), IdentityModule],
  providers: [InstitutionsService, InstitutionImportService, InstitutionStatusImportService],
  exports: [InstitutionsService, InstitutionImportService, InstitutionStatusImportService],
})
export class InstitutionsModule {}
