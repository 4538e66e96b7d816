/** Where the CLI writes: results to stdout, warnings and errors to stderr, never mixed. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A problem with what the user asked for: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
