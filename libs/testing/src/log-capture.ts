import { PinoLogger } from 'nestjs-pino';
import { symbols } from 'pino';

export interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  err?: { type?: string; message?: string; stack?: string };
  [key: string]: unknown;
}

/**
 * The JSON lines the running app's pino logger writes while `run` runs, at `level` and above,
 * instead of printing them. Requests started during `run` log at that level whatever LOG_LEVEL says.
 */
export async function captureLogs(run: () => Promise<void>, level = 'info'): Promise<LogLine[]> {
  const root = PinoLogger.root;
  const stream = (root as unknown as Record<symbol, { write(line: string): boolean }>)[
    symbols.streamSym
  ];
  const lines: string[] = [];
  const configured = root.level;
  root.level = level;
  const write = Object.getOwnPropertyDescriptor(stream, 'write');
  stream.write = (line: string) => {
    lines.push(line);
    return true;
  };
  try {
    await run();
  } finally {
    if (write) Object.defineProperty(stream, 'write', write);
    else delete (stream as { write?: unknown }).write;
    root.level = configured;
  }
  // The stream may be the process's standard output, which others (Jest's console) write to too.
  return lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine);
}
