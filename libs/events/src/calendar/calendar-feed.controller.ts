import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '@chn/core';
import { CalendarFeedsService } from './calendar-feeds.service';

/** GET /calendar/<secret>.ics: a user's private feed; the secret is the only key. */
@Public()
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  async feed(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    const body = token ? await this.feeds.feed(token) : null;
    if (body === null) throw new NotFoundException('No such calendar');
    return body;
  }
}
