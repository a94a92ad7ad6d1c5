import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { AppConfig, Public } from '@chn/core';
import { NotificationKind } from '../entities/notification.enums';
import { InboxService } from '../inbox.service';
import { UnsubscribeTokens } from './unsubscribe-token';

/** The little of Express's response this controller uses. */
interface Response {
  status(code: number): unknown;
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family: Arial, sans-serif; max-width: 640px"><h1>${title}</h1>${body}</body></html>`;

const describe = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/**
 * The link at the foot of every email. Opening it asks for confirmation (mail scanners follow
 * links); the form, or a mail client's one-click POST (RFC 8058), turns that kind of email off.
 */
@Public()
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    private readonly inbox: InboxService,
    config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.JWT_SECRET);
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  confirm(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response) {
    const claim = this.claim(token);
    if (!claim) return this.invalid(res);
    return page(
      'Stop these emails?',
      `<p>Stop emails about “${describe(claim.kind)}” to ${claim.email}? You will still see them when you sign in.</p>
<form method="post"><input type="hidden" name="token" value="${token}"><button type="submit">Stop these emails</button></form>`,
    );
  }

  @Post()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(
    @Query('token') queryToken: string | undefined,
    @Body() body: { token?: string } | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const claim = this.claim(body?.token ?? queryToken);
    if (!claim) return this.invalid(res);
    await this.inbox.setEmailPreference(claim.email, claim.kind, false);
    res.status(200);
    return page(
      'Unsubscribed',
      `<p>${claim.email} will no longer get emails about “${describe(claim.kind)}”. You can turn them back on in your notification preferences.</p>`,
    );
  }

  private claim(token: string | undefined) {
    const claim = typeof token === 'string' ? this.tokens.verify(token) : null;
    return claim && (Object.values(NotificationKind) as string[]).includes(claim.kind)
      ? claim
      : null;
  }

  private invalid(res: Response): string {
    res.status(400);
    return page(
      'Link not recognised',
      '<p>This unsubscribe link is not valid. Please use the link from the email as it is.</p>',
    );
  }
}
