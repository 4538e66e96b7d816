/** Where the CLI writes: results to stdout, warnings and errors to stderr, never mixed. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** True once stdout is closed (the reader went away: `grow-coach … | head -1`). */
  closed?(): boolean;
}

let stdoutClosed = false;
let stderrClosed = false;

/**
 * A closed pipe (EPIPE) is not an error of the run: further output is dropped quietly and the run
 * goes on with its work (`parse --write` still writes every note; the read-only commands stop
 * between notes, see {@link CliIO.closed}).
 */
function onStreamError(which: 'out' | 'err') {
  return (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      if (which === 'out') stdoutClosed = true;
      else stderrClosed = true;
      return;
    }
    throw error;
  };
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', onStreamError('out'));
  process.stderr.on('error', onStreamError('err'));
}

export const processIO: CliIO = {
  out: (line) => {
    listen();
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    listen();
    if (!stderrClosed) process.stderr.write(`${line}\n`);
  },
  closed: () => stdoutClosed,
};

/** A problem with what the user asked for: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
