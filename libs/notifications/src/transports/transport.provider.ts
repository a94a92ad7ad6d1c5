import { Provider } from '@nestjs/common';
import { AppConfig } from '@chn/core';
import { EmailTransport } from './email-transport';
import { NotifyTransport } from './notify.transport';
import { SmtpTransport } from './smtp.transport';

/** GOV.UK Notify when NOTIFY_API_KEY is set, SMTP otherwise. */
export const EMAIL_TRANSPORT_PROVIDER: Provider = {
  provide: EmailTransport,
  inject: [AppConfig],
  useFactory: (config: AppConfig): EmailTransport =>
    config.NOTIFY_API_KEY && config.NOTIFY_TEMPLATE_ID
      ? new NotifyTransport(
          config.NOTIFY_BASE_URL,
          config.NOTIFY_API_KEY,
          config.NOTIFY_TEMPLATE_ID,
        )
      : new SmtpTransport(config.SMTP_URL, config.MAIL_FROM, config.WORKER_CONCURRENCY),
};
