import { Module } from '@nestjs/common';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { BookingsResolver } from './graphql/bookings.resolver';
import { InstitutionBookingsResolver } from './graphql/institution-bookings.resolver';
import { OpportunitiesResolver } from './graphql/opportunities.resolver';
import { SectorGroupOpportunitiesResolver } from './graphql/sector-group-opportunities.resolver';
import { OpportunitiesModule } from './opportunities.module';

/** The opportunities and bookings API, plus their fields on Institution and SectorGroup. */
@Module({
  imports: [OpportunitiesModule, EmployersModule, InstitutionsModule],
  providers: [
    OpportunitiesResolver,
    BookingsResolver,
    InstitutionBookingsResolver,
    SectorGroupOpportunitiesResolver,
  ],
})
export class OpportunitiesGraphqlModule {}
