/**
 * A coach types in a note while the dashboard ticks actions and the frontmatter writer runs. Each
 * write is a pure function applied to the note as it is at that moment (Vault.process in the
 * plugin), so the question is what those functions do to a note that changed under them. The
 * model keeps every body line's identity through the user's edits; after each machine write it
 * checks: only the intended action's line changed (or only owned frontmatter keys), no user edit
 * was lost, and a tick that could not find its action for sure changed nothing. Completing a
 * recurring action adds exactly one line, its next occurrence, right above it (as Tasks does).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFrontmatter } from '../../src/core/note/frontmatter-range';
import { updateNoteWith } from '../../src/core/properties/write';
import { splitLines } from '../../src/core/note/lines';
import { readNote } from '../../src/core/note/remark-reading';
import { noteFingerprint, toggleAction, type ActionLocation } from '../../src/core/actions/toggle';
import { readTaskLine } from '../../src/core/note/task-line';

interface Line {
  id: number;
  text: string;
}
interface Snapshot {
  location: ActionLocation;
  targetId: number;
  wasDone: boolean;
}
interface Model {
  fm: string;
  body: Line[];
  nextId: number;
  snapshots: Snapshot[];
  userKeys: string[];
}

const BODY = [
  '## Doel',
  'Meer rust in het overleg.',
  '',
  '## Wil',
  '- [ ] Piet bellen',
  '- [ ] Agenda opschonen 📅 2026-12-01',
  '- [x] Boek lezen ✅ 2026-11-02',
  '- [ ] Piet bellen',
  '- [ ] Wekelijks gesprek met Piet 🔁 every week 📅 2026-11-16 ^w1',
  '- [ ] Intervisie [due:: 2026-11-20]  [repeat:: every 2 weeks when done]',
  '',
  '## Notities',
  '- [ ] geen actie',
  '',
];
const FM = '---\ntype: coaching-session\nclient: "[[Anna]]" # the client\n---\n';

const textOf = (m: Model) => m.fm + m.body.map((l) => l.text).join('\n');
const locate = (text: string) => readNote(text, 'n.md').actions;
const ACTION = /^- \[(.)\] (.*)$/;
const actionTexts = new Map<string, string | null>();
/** The action text the reference reading gives a line under a Will heading (a pure function of the line, so kept). */
const actionText = (line: string): string | null => {
  let text = actionTexts.get(line);
  if (text === undefined) {
    text = ACTION.exec(line) ? (readNote(`## Wil\n${line}\n`, 'x').actions[0]?.text ?? null) : null;
    actionTexts.set(line, text);
  }
  return text;
};
/** Lines of the body whose action text no other action shares (the only ones a user op may delete or rewrite). */
function uniqueActionLines(m: Model): number[] {
  const texts = m.body.map((l) => actionText(l.text));
  return m.body.map((_, i) => i).filter((i) => texts[i] !== null && texts.filter((t) => t === texts[i]).length === 1);
}
const isStructural = (line: string) => line.startsWith('#');

type Op =
  | { kind: 'render'; pick: number }
  | { kind: 'tick'; pick: number }
  | { kind: 'insert'; at: number; what: 'para' | 'blank' | 'task' | 'copy'; pick: number }
  | { kind: 'delete'; at: number }
  | { kind: 'editAction'; pick: number }
  | { kind: 'editFrontmatter'; value: number }
  | { kind: 'writeProperties' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('render' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('tick' as const), pick: fc.nat(20) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(40),
    what: fc.constantFrom('para' as const, 'blank' as const, 'task' as const, 'copy' as const),
    pick: fc.nat(20),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(40) }),
  fc.record({ kind: fc.constant('editAction' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('editFrontmatter' as const), value: fc.nat(99) }),
  fc.record({ kind: fc.constant('writeProperties' as const) }),
);

function bodyOf(text: string): string[] {
  const lines = splitLines(text);
  const range = findFrontmatter(lines);
  return range === null ? lines : lines.slice(range.endLine);
}
function fmOf(text: string): string {
  const lines = text.split('\n');
  const range = findFrontmatter(splitLines(text));
  return range === null ? '' : `${lines.slice(0, range.endLine).join('\n')}\n`;
}

function apply(m: Model, o: Op): void {
  const text = textOf(m);
  switch (o.kind) {
    case 'render': {
      const actions = locate(text);
      const action = actions[o.pick % Math.max(actions.length, 1)];
      if (!action) return;
      const index = action.line - splitLines(m.fm).length; // body index: fm has its lines plus the empty tail
      const target = m.body[index];
      expect(target?.text).toContain(`[${action.statusChar}]`);
      if (!target) return;
      m.snapshots.push({
        location: { line: action.line, text: action.text, statusChar: action.statusChar, fingerprint: noteFingerprint(text) },
        targetId: target.id,
        wasDone: action.status === 'done',
      });
      return;
    }
    case 'tick': {
      const snap = m.snapshots[o.pick % Math.max(m.snapshots.length, 1)];
      if (!snap) return;
      const result = toggleAction(text, snap.location, { done: !snap.wasDone, today: '2026-11-21', addCompletionDate: true }, locate);
      const targetIndex = m.body.findIndex((l) => l.id === snap.targetId);
      const target = m.body[targetIndex];
      const stillThere = target !== undefined && actionText(target.text) === snap.location.text;
      const unique = locate(text).filter((a) => a.text === snap.location.text).length === 1;
      if (stillThere && unique) expect(['changed', 'unchanged']).toContain(result.status);
      if (result.status !== 'changed') return; // nothing was written
      expect(stillThere).toBe(true);
      expect(fmOf(result.text)).toBe(m.fm);
      const after = bodyOf(result.text);
      const before = readTaskLine(target?.text ?? '');
      if (after.length === m.body.length + 1) {
        // Only a recurring action that was open gets its next occurrence, right above it.
        expect(before?.fields.recurrence ?? null).not.toBeNull();
        expect(snap.wasDone).toBe(false);
        expect(after.slice(0, targetIndex)).toEqual(m.body.slice(0, targetIndex).map((l) => l.text));
        expect(after.slice(targetIndex + 2)).toEqual(m.body.slice(targetIndex + 1).map((l) => l.text));
        const next = readTaskLine(after[targetIndex] ?? '');
        expect(next).toMatchObject({ statusChar: ' ', description: before?.description, blockId: null });
        expect(readTaskLine(after[targetIndex + 1] ?? '')?.statusChar).toBe('x');
        m.body.splice(targetIndex, 0, { id: m.nextId++, text: after[targetIndex] ?? '' });
        m.body[targetIndex + 1] = { id: snap.targetId, text: after[targetIndex + 1] ?? '' };
        return;
      }
      expect(after.length).toBe(m.body.length);
      const changed = after.map((l, i) => (l === m.body[i]?.text ? -1 : i)).filter((i) => i !== -1);
      expect(changed).toEqual([targetIndex]);
      m.body[targetIndex] = { id: snap.targetId, text: after[targetIndex] ?? '' };
      return;
    }
    case 'insert': {
      const at = Math.min(o.at, m.body.length);
      const id = m.nextId++;
      const existing = m.body.map((l) => actionText(l.text)).filter((t): t is string => t !== null);
      const copy = existing[o.pick % Math.max(existing.length, 1)];
      const line = o.what === 'para' ? `Aantekening ${id}` : o.what === 'blank' ? '' : o.what === 'copy' && copy ? `- [ ] ${copy}` : `- [ ] Nieuwe taak ${id}`;
      m.body.splice(at, 0, { id, text: line });
      return;
    }
    case 'delete': {
      const candidates = m.body
        .map((_, i) => i)
        .filter((i) => !isStructural(m.body[i]?.text ?? '#') && (actionText(m.body[i]?.text ?? '') === null || uniqueActionLines(m).includes(i)));
      const at = candidates[o.at % Math.max(candidates.length, 1)];
      if (at !== undefined) m.body.splice(at, 1);
      return;
    }
    case 'editAction': {
      const candidates = uniqueActionLines(m);
      const at = candidates[o.pick % Math.max(candidates.length, 1)];
      const line = at === undefined ? undefined : m.body[at];
      if (line && at !== undefined) m.body[at] = { id: line.id, text: line.text.replace(ACTION, (_w, s: string) => `- [${s}] Herschreven ${m.nextId++}`) };
      return;
    }
    case 'editFrontmatter': {
      const key = `stemming${o.value}`;
      m.fm = m.fm.replace(/---\n$/, `${key}: "rustig" # coach's own key\n---\n`);
      m.userKeys.push(`${key}: "rustig" # coach's own key`);
      return;
    }
    case 'writeProperties': {
      const result = updateNoteWith(text, 'n.md', readNote);
      if (result.status !== 'updated') return;
      expect(bodyOf(result.text)).toEqual(m.body.map((l) => l.text));
      const fm = fmOf(result.text);
      for (const kept of [...m.userKeys, 'type: coaching-session', 'client: "[[Anna]]" # the client']) expect(fm).toContain(kept);
      m.fm = fm;
      return;
    }
  }
}

describe('concurrent edits (fast-check)', () => {
  it('completes a recurring action whose line moved: the next occurrence goes above it where it is now', () => {
    const text = FM + BODY.join('\n');
    const weekly = locate(text).find((a) => a.recurrence === 'every week');
    if (!weekly) throw new Error('fixture');
    const location = { line: weekly.line, text: weekly.text, statusChar: ' ', fingerprint: noteFingerprint(text) };
    const moved = text.replace('## Wil\n', '## Wil\nEen regel die de coach net typte.\n');
    const result = toggleAction(moved, location, { done: true, today: '2026-11-21', addCompletionDate: true }, locate);
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    expect(result.line).toBe(weekly.line + 2);
    expect(splitLines(result.text).slice(weekly.line, weekly.line + 2)).toEqual([
      '- [ ] Wekelijks gesprek met Piet 🔁 every week 📅 2026-11-23',
      '- [x] Wekelijks gesprek met Piet 🔁 every week 📅 2026-11-16 ✅ 2026-11-21 ^w1',
    ]);
    expect(result.text.replace(/.*2026-11-23\n/, '')).toBe(
      moved
        .replace('2026-11-16 ^w1', '2026-11-16 ✅ 2026-11-21 ^w1')
        .replace('- [ ] Wekelijks gesprek met Piet 🔁 every week 📅 2026-11-16', '- [x] Wekelijks gesprek met Piet 🔁 every week 📅 2026-11-16'),
    );
  });

  it('ticks and frontmatter writes never change a line they should not, and never lose a user edit', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const m: Model = { fm: FM, body: BODY.map((text, id) => ({ id, text })), nextId: BODY.length, snapshots: [], userKeys: [] };
        for (const o of ops) apply(m, o);
      }),
      { numRuns: 200 },
    );
  });

  it('a tick on one of two identical actions works while the note is unchanged, and refuses once it changed', () => {
    const text = FM + BODY.join('\n');
    const [first, , , second] = locate(text);
    if (!first || !second) throw new Error('fixture');
    const location = { line: second.line, text: second.text, statusChar: ' ', fingerprint: noteFingerprint(text) };
    const ok = toggleAction(text, location, { done: true, today: '2026-11-21', addCompletionDate: true }, locate);
    expect(ok.status === 'changed' && ok.line).toBe(second.line);
    const edited = text.replace('Meer rust', 'Veel meer rust');
    expect(toggleAction(edited, location, { done: true, today: '2026-11-21', addCompletionDate: true }, locate).status).toBe('ambiguous');
  });
});
