import { SmtpSink, TestApp } from '@chn/testing';
import { AppWithMail } from '../notifications.fixtures';
import { ConsoleBrowser } from './console-browser';

/** What a browser test drives: the app and a browser on the built console. */
export interface ConsoleApp {
  t: TestApp;
  browser: ConsoleBrowser;
}

/** The same, with a worker sending the app's email to an SMTP sink of the test's own. */
export interface ConsoleAppWithMail extends ConsoleApp {
  mail: AppWithMail;
  sink: SmtpSink;
}

/**
 * Starts the app (with `mail`, as AppWithMail) and a browser before the file's tests and stops
 * them after them; the answer holds them from the file's own `beforeAll` on.
 */
export function consoleApp(options: { mail: true }): ConsoleAppWithMail;
export function consoleApp(): ConsoleApp;
export function consoleApp(options: { mail?: boolean } = {}): ConsoleApp {
  const started = {} as ConsoleAppWithMail;
  beforeAll(async () => {
    if (options.mail) {
      started.mail = await AppWithMail.start();
      started.sink = started.mail.sink;
      started.t = started.mail.t;
    } else {
      started.t = await TestApp.start();
    }
    started.browser = await ConsoleBrowser.launch();
  });
  afterAll(async () => {
    await started.browser?.close();
    await (started.mail ? started.mail.stop() : started.t?.stop());
  });
  return started;
}
