/**
 * Command-line arguments, read by `node:util` `parseArgs`: positionals, `--flag`, `--key value`
 * and `--key=value`, `--` ends the options. Anything else is an error that names it, in the
 * user's language, so a typo never silently changes what a command does: an unknown option (long
 * or short), a value given to a flag, a value missing.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { UsageError } from './io';
import { cliMessages } from './messages';

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  /** The last value of each option given. */
  values: Map<string, string>;
  /** Every value of each option given, in order (for options that may repeat). */
  allValues: Map<string, string[]>;
}

export interface ArgSpec {
  flags?: readonly string[];
  values?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flagNames = new Set(spec.flags ?? []);
  const valueNames = new Set(spec.values ?? []);
  const options: Record<string, { type: 'boolean' | 'string'; multiple: true }> = {};
  for (const name of flagNames) options[name] = { type: 'boolean', multiple: true };
  for (const name of valueNames) options[name] = { type: 'string', multiple: true };
  // Not strict: the tokens are checked below, so every error has the CLI's own words.
  const { tokens } = nodeParseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const allValues = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    if (!flagNames.has(name) && !valueNames.has(name)) throw new UsageError(cliMessages().unknownOption(rawName.replace(/^--?/, ''), rawName));
    if (rawName.length === 2 && !rawName.startsWith('--')) throw new UsageError(cliMessages().unknownOption(rawName.slice(1), rawName));
    if (flagNames.has(name)) {
      if (inlineValue === true) throw new UsageError(cliMessages().takesNoValue(name));
      flags.add(name);
    } else {
      // `--client --json`: the next word is an option, not a value (write `--client=--json` for that).
      if (value === undefined || (inlineValue !== true && value.startsWith('--'))) throw new UsageError(cliMessages().needsValue(name));
      values.set(name, value);
      allValues.set(name, [...(allValues.get(name) ?? []), value]);
    }
  }
  const lang = values.get('lang');
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new UsageError(cliMessages().badLanguage(lang));
  return { positionals, flags, values, allValues };
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
