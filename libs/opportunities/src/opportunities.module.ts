import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '@chn/employers';
import { InstitutionsModule } from '@chn/institutions';
import { BookingsService } from './bookings.service';
import { CloseEndedOpportunitiesJob } from './close-ended-opportunities.job';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import { MembershipEndedListener } from './membership-ended.listener';
import { OpportunitiesService } from './opportunities.service';
import { PlaceLedger } from './place-ledger';

/** Opportunities and bookings without transport: used by the API, the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OpportunityEntity, BookingEntity]),
    EmployersModule,
    InstitutionsModule,
  ],
  providers: [
    OpportunitiesService,
    BookingsService,
    PlaceLedger,
    CloseEndedOpportunitiesJob,
    MembershipEndedListener,
  ],
  exports: [OpportunitiesService, BookingsService, CloseEndedOpportunitiesJob],
})
export class OpportunitiesModule {}
