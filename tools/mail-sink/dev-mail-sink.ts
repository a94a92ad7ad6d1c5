import { createServer } from 'node:http';
import { connect } from 'node:net';
import { AppConfig } from '@chn/core';
import { SmtpSink } from './smtp-sink';

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];
const escape = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Development: when SMTP_URL points at this machine and nothing listens there, catches the
 * mail itself and lists it on a small page (MAIL_VIEWER_PORT). Returns the page's address.
 */
export async function startDevMailSink(config: AppConfig): Promise<string | null> {
  const url = new URL(config.SMTP_URL);
  const port = Number(url.port || 25);
  if (!LOCAL_HOSTS.includes(url.hostname) || (await listening('127.0.0.1', port))) return null;
  const sink = await SmtpSink.start({ port, host: '127.0.0.1' });
  const viewer = createServer((_, res) => {
    const items = [...sink.messages]
      .reverse()
      .map(
        (
          m,
        ) => `<article><h2>${escape(m.subject)}</h2><p>To ${escape(m.to.join(', '))} · ${m.receivedAt.toISOString()}</p>
<pre style="white-space: pre-wrap">${escape(m.text)}</pre></article><hr>`,
      )
      .join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caught mail</title>
<meta http-equiv="refresh" content="5"></head><body style="font-family: Arial, sans-serif; max-width: 800px">
<h1>Caught mail (${sink.messages.length})</h1>${items || '<p>No mail yet.</p>'}</body></html>`);
  });
  await new Promise<void>((resolve) =>
    viewer.listen(config.MAIL_VIEWER_PORT, '127.0.0.1', resolve),
  );
  return `http://127.0.0.1:${config.MAIL_VIEWER_PORT}`;
}
