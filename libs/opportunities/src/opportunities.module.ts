import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { BookingsService } from './bookings.service';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import { OpportunitiesService } from './opportunities.service';
import { PlaceLedger } from './place-ledger';

/** Opportunities and bookings without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OpportunityEntity, BookingEntity]),
    EmployersModule,
    InstitutionsModule,
  ],
  providers: [OpportunitiesService, BookingsService, PlaceLedger],
  exports: [OpportunitiesService, BookingsService],
})
export class OpportunitiesModule {}
