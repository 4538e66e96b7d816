/**
 * Option parsing for the trajectory commands (`client`, `sponsor`, `hours`, `lint`), kept in one
 * small function on `node:util`'s parseArgs so that it is easy to fold into the CLI's own parser.
 * Unknown options, a missing value, a bad `--lang` or date are usage errors that say what to do.
 */
import { parseArgs } from 'node:util';
import { dateOption } from '../args';
import { UsageError } from '../io';
import { cliMessages } from '../messages';
import { RULE_OPTIONS, loadRules } from '../vault';
import type { CoachingRules } from '../../core/note/coaching-rules';

export interface TrajectoryArgs {
  vault: string | undefined;
  extra: string[];
  flags: Set<string>;
  values: Map<string, string>;
  rules: CoachingRules;
  date(name: string): string | undefined;
}

export function trajectoryArgs(argv: readonly string[], spec: { flags?: readonly string[]; values?: readonly string[] }): TrajectoryArgs {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  for (const name of [...(spec.values ?? []), 'lang', ...RULE_OPTIONS]) options[name] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) throw new UsageError(cliMessages().unknownOption(unknown));
    const needs = /Option '(?:-\w, )?--([^ ']+)[^']*' argument missing/.exec(message)?.[1];
    if (needs !== undefined) throw new UsageError(cliMessages().needsValue(needs));
    throw new UsageError(message);
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'boolean' && value) flags.add(name);
    else if (typeof value === 'string') values.set(name, value);
  }
  const lang = values.get('lang');
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new UsageError(cliMessages().badLanguage(lang));
  const allValues = new Map([...values].map(([name, value]) => [name, [value]]));
  const plain = { positionals: parsed.positionals, flags, values, allValues };
  return {
    vault: parsed.positionals[0],
    extra: parsed.positionals.slice(1),
    flags,
    values,
    rules: loadRules(plain),
    date: (name) => dateOption(plain, name),
  };
}
