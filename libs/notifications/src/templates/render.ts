import { escapeHtml } from '@chn/core';
import { NotificationKind } from '../entities/notification.enums';
import { EmailAttachment, Template, TemplateInput, TEMPLATES } from './templates';

export interface RenderedMessage {
  subject: string;
  text: string;
  /** The message alone (no greeting, link or footer), as the app shows it beside its own link. */
  summary: string;
  html: string;
  actionUrl: string;
  attachments: EmailAttachment[];
}

export interface RenderOptions {
  recipientName: string;
  publicUrl: string;
  /** Absent for in-app only notifications. */
  unsubscribeUrl?: string;
}

/** The subject, plain-text and HTML bodies of one notification, from its kind's template. */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  input: TemplateInput<K>,
  options: RenderOptions,
): RenderedMessage {
  const template: Template<K> = TEMPLATES[kind];
  const subject = template.subject(input);
  const paragraphs = template.body(input);
  const action = template.action(input);
  const actionUrl = `${options.publicUrl.replace(/\/$/, '')}${action.path}`;
  const hub = input.subject.hubName;
  const footer = options.unsubscribeUrl
    ? `You receive this email from ${hub}. To stop these emails, visit ${options.unsubscribeUrl}`
    : `You receive this email from ${hub}.`;
  const text = [
    `Hello ${options.recipientName},`,
    ...paragraphs,
    `${action.label}: ${actionUrl}`,
    `${hub}`,
    '--',
    footer,
  ].join('\n\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #0b0c0c; max-width: 640px">
<p>Hello ${escapeHtml(options.recipientName)},</p>
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
<p><a href="${escapeHtml(actionUrl)}">${escapeHtml(action.label)}</a></p>
<p>${escapeHtml(hub)}</p>
<hr>
<p style="font-size: 0.85em; color: #505a5f">You receive this email from ${escapeHtml(hub)}.${
    options.unsubscribeUrl
      ? ` <a href="${escapeHtml(options.unsubscribeUrl)}">Stop emails like this</a>.`
      : ''
  }</p>
</body></html>`;
  return {
    subject: subject.slice(0, 300),
    text,
    summary: paragraphs.join('\n\n'),
    html,
    actionUrl,
    attachments: template.attachments?.(input) ?? [],
  };
}
