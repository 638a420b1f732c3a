/** `charter serve <model> [--port N]` */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CharterError } from '../../app/errors';
import { rendererDir } from '../paths';
import { startServer } from '../server';
import type { Command } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import { openForCli } from './model';

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

/** Resolves when the process is asked to stop (Ctrl+C or SIGTERM). */
function stopRequested(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve a model to your browser on 127.0.0.1.',
  help: `Usage: charter serve <model> [--port N]

Opens the model and serves Charter on http://127.0.0.1 only. It prints one
line with the address to open; the address carries a token that is new on
every run, and requests without it are refused. Stop with Ctrl+C.

Options:
  --port <n>  the port to listen on (default: a free one)
  -h, --help  show this help`,
  options: { port: { type: 'string' } },
  async run(args, io) {
    const [model] = expectPositionals(serveCommand, args, ['model']) as [string];
    const port = parsePort(stringOption(args, 'port'));
    const renderer = rendererDir();
    if (!existsSync(path.join(renderer, 'index.html'))) {
      throw new CharterError(
        'file_error',
        `The app is not built (${renderer} is missing): run npm run build.`,
      );
    }
    const handle = await openForCli(model);
    try {
      const server = await startServer({ handle, port, rendererDir: renderer });
      // Listen for the signals before printing: whoever reads the line may stop us at once.
      const stopped = stopRequested();
      io.out(`Charter is serving ${model} at ${server.url}`);
      await stopped;
      await server.close();
    } finally {
      handle.close();
    }
    return 0;
  },
};
