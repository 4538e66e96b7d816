/** Where the CLI writes: results to stdout, warnings and errors to stderr, never mixed. */
export interface CliIO {
  /** One line of results, or several joined by `\n` (a listing goes out as one block); a newline follows. */
  out(line: string): void;
  err(line: string): void;
  /** Writes out what `out` holds back (results to a pipe or a file go out in blocks). */
  flush?(): void;
}

let stdoutClosed = false;
let stderrClosed = false;

/**
 * A closed pipe (EPIPE, `grow-coach … | head -1`) is not an error of the run: further output is
 * dropped quietly and the run goes on with its work (`parse --write` still writes every note; a
 * listing is made, and what the reader no longer takes is dropped).
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
  // A run that ends outside `main` (an uncaught error) still gives out the results written so far;
  // a signal flushes them too (`temp-files.ts`).
  process.on('exit', flushOut);
}

/**
 * Results for a pipe or a file are written in blocks of this many characters (as C's stdio does):
 * one write per line costs more than the listing itself. To a terminal, line by line.
 */
const OUT_BLOCK = 64 * 1024;
let pending = '';

/** Writes the results still held back (the CLI calls it when a command ends). */
export function flushOut(): void {
  if (pending === '') return;
  const text = pending;
  pending = '';
  if (!stdoutClosed) process.stdout.write(text);
}

export const processIO: CliIO = {
  out: (line) => {
    listen();
    if (stdoutClosed) return;
    if (process.stdout.isTTY) {
      process.stdout.write(`${line}\n`);
      return;
    }
    pending += `${line}\n`;
    if (pending.length >= OUT_BLOCK) flushOut();
  },
  err: (line) => {
    listen();
    // The results so far first: where stdout and stderr share a pipe or file (`2>&1`), lines keep their order.
    flushOut();
    if (!stderrClosed) process.stderr.write(`${line}\n`);
  },
  flush: flushOut,
};

/**
 * Ends the process with `code` once stdout and stderr have taken everything written to them.
 * Left to end by itself, Node first hands the heap back to the system page by page (tens of
 * milliseconds after a large vault, in a run of a second or two); `process.exit` leaves that to
 * the system. A write to a pipe that was full is still queued, so the exit waits for each stream's
 * queue to empty (or for the stream to fail: a reader that went away loses nothing it wanted).
 */
export function exitWhenWritten(code: number): void {
  flushOut();
  const streams = [process.stdout, process.stderr].filter((s) => s.writableLength > 0 && !s.destroyed);
  let waiting = streams.length;
  const next = (): void => {
    waiting -= 1;
    if (waiting <= 0) process.exit(code);
  };
  if (waiting === 0) {
    process.exit(code);
    return;
  }
  // The callback of an empty write runs once every earlier write has gone out, or with the error.
  for (const stream of streams) stream.write('', next);
}

/** A problem with what the user asked for: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
