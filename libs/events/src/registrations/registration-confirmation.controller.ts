import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { DomainError, escapeHtml, Public } from '@chn/core';
import { HubEventRegistrationStatus } from '../domain/hub-event.enums';
import { HubEventRegistrationsService } from './hub-event-registrations.service';

/** The little of Express's response this controller uses. */
interface Response {
  status(code: number): unknown;
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body style="font-family: Arial, sans-serif; max-width: 640px; margin: 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The link in a public registration's email. Opening it asks to confirm (mail scanners follow
 * links); the form confirms the address, and only then does the place count.
 */
@Public()
@Controller('hub-events/confirm')
export class RegistrationConfirmationController {
  constructor(private readonly registrations: HubEventRegistrationsService) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  ask(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response) {
    if (!token || !TOKEN.test(token)) return this.invalid(res);
    return page(
      'Confirm your registration',
      `<p>Confirm your email address to complete your registration.</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">Confirm my registration</button></form>`,
    );
  }

  @Post()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async confirm(
    @Query('token') queryToken: string | undefined,
    @Body() body: { token?: string } | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const token = body?.token ?? queryToken;
    if (!token || !TOKEN.test(token)) return this.invalid(res);
    try {
      const registration = await this.registrations.confirmPublic(token);
      res.status(200);
      return registration.status === HubEventRegistrationStatus.WAITLISTED
        ? page(
            'You are on the waiting list',
            '<p>Every place is taken for now. If one comes free, it is yours in turn and we will email you.</p>',
          )
        : page(
            'Your place is confirmed',
            '<p>Thank you. We have emailed you the details, with a calendar file.</p>',
          );
    } catch (error) {
      if (error instanceof DomainError && error.reason === 'INVALID_LINK') {
        return this.invalid(res);
      }
      if (error instanceof DomainError) {
        res.status(409);
        return page('Registration closed', `<p>${escapeHtml(error.message)}.</p>`);
      }
      throw error;
    }
  }

  private invalid(res: Response): string {
    res.status(400);
    return page(
      'Link not recognised',
      '<p>This confirmation link is not valid. Please use the link from the email as it is.</p>',
    );
  }
}
