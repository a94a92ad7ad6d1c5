import { Injectable } from '@nestjs/common';
import { AcademicYear, academicYearOf, isoDate, parseAcademicYear } from './academic-year';

/**
 * The service's one clock: the moment now and the date today (UTC). Every rule that depends on
 * the date asks it rather than `new Date()`, so a test can set the date instead of moving its data.
 */
@Injectable()
export class Clock {
  private shiftMs = 0;

  now(): Date {
    return new Date(Date.now() + this.shiftMs);
  }

  /** Today (YYYY-MM-DD, UTC). */
  today(): string {
    return isoDate(this.now());
  }

  /** The academic year named by `label` (like 2025/26), or the one today falls in. */
  academicYear(label?: string | null): AcademicYear {
    return label ? parseAcademicYear(label) : academicYearOf(this.today());
  }

  /**
   * Runs the clock as if today were `date` (YYYY-MM-DD), the time of day still moving on, or on
   * the real date again with `null`. For tests and demonstrations; nothing in the service sets it.
   */
  setToday(date: string | null): void {
    if (date === null) {
      this.shiftMs = 0;
      return;
    }
    const target = Date.parse(date);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      Number.isNaN(target) ||
      isoDate(new Date(target)) !== date
    ) {
      throw new Error(`Clock.setToday: "${date}" is not a date like 2026-09-01`);
    }
    this.shiftMs = target - Date.parse(isoDate(new Date()));
  }
}
