import { DataSource } from 'typeorm';
import { BookingChecklistEntity, BookingEntity } from '@chn/opportunities';

/**
 * A booking's checklist as the careers leader (and, when complete, the employer) left it: the
 * demo's schools and employers have no accounts of their own to complete it through the API.
 */
export async function seedDemoChecklist(
  db: DataSource,
  booking: BookingEntity,
  state: 'complete' | 'school-done',
): Promise<void> {
  const done = new Date();
  await db.getRepository(BookingChecklistEntity).insert({
    bookingId: booking.id,
    hubId: booking.hubId,
    consentCount: booking.places,
    consentRecordedAt: done,
    needsSharedAt: done,
    travelArrangements: 'Coach from school with two members of staff',
    travelArrangedAt: done,
    ...(state === 'complete'
      ? {
          supervisorName: 'Jordan Ellis',
          supervisorRole: 'Team lead',
          supervisorNamedAt: done,
          inductionConfirmedAt: done,
        }
      : {}),
  });
}
