/**
 * `grow-coach lint <vault> [--vague "phrase, phrase"] [--json] [--lang nl|en]`: the open Will
 * actions that will be hard to follow up (issue 15), each named with the reason: a vague verb and
 * no due date, or no owner in a note where the coach marks owners (`core/trajectory/lint.ts`).
 * Exit 1 when something is found, so it can run as a pre-commit hook. Only reads.
 */
import path from 'node:path';
import type { Language } from '../../core/i18n';
import { lintedActions, lintNotes, vaguePhrases, type LintFinding } from '../../core/trajectory/lint';
import { word } from '../../core/trajectory/words';
import { UsageError, type CliIO } from '../io';
import { detectLanguage } from '../messages';
import { readCoachingNotes } from '../read-vault';
import { requireDirectory } from '../vault';
import { trajectoryArgs } from './trajectory-options';
import { trajectoryText } from './trajectory-text';

function reasonOf(f: LintFinding, language: Language): string {
  return f.kind === 'vague' ? word('lintVague', language, { phrase: f.phrase ?? '' }) : word('lintOwner', language);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = trajectoryArgs(argv, { flags: ['json'], values: ['vague'] });
  const language: Language = detectLanguage(argv, process.env);
  const text = trajectoryText(language);
  if (args.vault === undefined) throw new UsageError(text.needsVault('lint'));
  if (args.extra.length > 0) throw new UsageError(text.oneVault(args.extra.join(' ')));
  await requireDirectory(args.vault);
  const entries = await readCoachingNotes(path.resolve(args.vault), args.rules, io);
  const phrases = vaguePhrases((args.values.get('vague') ?? '').split(','));
  const findings = lintNotes(entries, phrases);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        findings.map((f) => ({ ...f, reason: reasonOf(f, language) })),
        null,
        2,
      ),
    );
  } else if (findings.length === 0) {
    io.out(word('lintNone', language));
  } else {
    for (const f of findings) io.out(`${f.file}:${f.line}: ${f.text} — ${reasonOf(f, language)}`);
    io.out('');
    const n = lintedActions(findings);
    io.out(n === 1 ? word('lintCountOne', language) : word('lintCount', language, { n }));
  }
  return findings.length > 0 ? 1 : 0;
}
