/**
 * A small argument parser: positionals, `--flag`, `--key value` and `--key=value`. Unknown options
 * are an error that names them, so a typo never silently changes what a command does.
 */
import { UsageError } from './io';
import { cliMessages } from './messages';

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export interface ArgSpec {
  flags?: readonly string[];
  values?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  const known = new Set([...(spec.flags ?? []), ...(spec.values ?? [])]);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.has(name)) throw new UsageError(cliMessages().unknownOption(name));
    if (spec.values?.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(cliMessages().needsValue(name));
      values.set(name, value);
    } else {
      if (eq !== -1) throw new UsageError(cliMessages().takesNoValue(name));
      flags.add(name);
    }
  }
  const lang = values.get('lang');
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new UsageError(cliMessages().badLanguage(lang));
  return { positionals, flags, values };
}

/** A `YYYY-MM-DD` option value, checked. */
export function dateOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values.get(name);
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = match !== null && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new UsageError(cliMessages().badDate(name, value));
  return value;
}
