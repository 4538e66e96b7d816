import { describe, expect, it } from 'vitest';
import { readNote } from '../../../src/core/note/remark-reading';
import { toggleAction, toggledLine, type ActionLocation, type LocateActions, type ToggleOptions } from '../../../src/core/actions/toggle';

const locate: LocateActions = (text) => readNote(text, 'note.md').actions;
const complete: ToggleOptions = { done: true, today: '2026-03-04', addCompletionDate: true };
const reopen: ToggleOptions = { done: false, today: '2026-03-04', addCompletionDate: true };

const NOTE = [
  '---',
  'client: Anna',
  'date: 2026-03-01',
  '---',
  '# Sessie',
  '## Goal',
  '- [ ] Call Jan',
  '## Will',
  '- [ ] Call Jan',
  '- [ ] Write the plan 📅 2026-03-10',
  '- [x] Read the book ✅ 2026-03-02',
  '',
].join('\n');

function at(line: number, text: string, statusChar = ' '): ActionLocation {
  return { line, text, statusChar };
}

function changedLines(before: string, after: string): number[] {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

describe('toggleAction', () => {
  it('completes the action at its line and appends the completion date', () => {
    const result = toggleAction(NOTE, at(9, 'Call Jan'), complete, locate);
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    expect(result.text.split('\n')[8]).toBe('- [x] Call Jan ✅ 2026-03-04');
    expect(changedLines(NOTE, result.text)).toEqual([9]);
  });

  it('appends the completion date after a due date, which stays', () => {
    const result = toggleAction(NOTE, at(10, 'Write the plan'), complete, locate);
    expect(result.status === 'changed' && result.text.split('\n')[9]).toBe('- [x] Write the plan 📅 2026-03-10 ✅ 2026-03-04');
  });

  it('completes without a date when the setting is off', () => {
    const result = toggleAction(NOTE, at(9, 'Call Jan'), { ...complete, addCompletionDate: false }, locate);
    expect(result.status === 'changed' && result.text.split('\n')[8]).toBe('- [x] Call Jan');
  });

  it('reopens: unchecks and removes the completion marker', () => {
    const result = toggleAction(NOTE, at(11, 'Read the book', 'x'), reopen, locate);
    expect(result.status === 'changed' && result.text.split('\n')[10]).toBe('- [ ] Read the book');
    if (result.status === 'changed') expect(changedLines(NOTE, result.text)).toEqual([11]);
  });

  it('round-trips: completing then reopening gives the original text', () => {
    const done = toggleAction(NOTE, at(10, 'Write the plan'), complete, locate);
    if (done.status !== 'changed') throw new Error(done.status);
    const open = toggleAction(done.text, at(10, 'Write the plan', 'x'), reopen, locate);
    expect(open.status === 'changed' && open.text).toBe(NOTE);
  });

  it('finds an action that moved, within the Will section only (not the Goal item of the same text)', () => {
    const moved = NOTE.replace('## Will\n', '## Will\nSome words first.\n\n');
    const result = toggleAction(moved, at(9, 'Call Jan'), complete, locate);
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    expect(result.line).toBe(11);
    expect(changedLines(moved, result.text)).toEqual([11]);
    expect(result.text.split('\n')[6]).toBe('- [ ] Call Jan');
  });

  it('changes nothing when the action is gone', () => {
    const gone = NOTE.replace('- [ ] Call Jan\n- [ ] Write', '- [ ] Write');
    expect(toggleAction(gone, at(9, 'Call Jan'), complete, locate)).toEqual({ status: 'not-found', reason: 'gone' });
  });

  it('changes nothing when the text on the line changed and no other action has it', () => {
    const edited = NOTE.replace('- [ ] Call Jan\n- [ ] Write', '- [ ] Call Piet\n- [ ] Write');
    expect(toggleAction(edited, at(9, 'Call Jan'), complete, locate).status).toBe('not-found');
  });

  it('refuses when identical actions cannot be told apart', () => {
    const twice = NOTE.replace('## Will\n', '## Will\n- [ ] Write the plan\n\n');
    const result = toggleAction(twice, at(10, 'Write the plan'), complete, locate);
    // line 10 now holds "Call Jan"; two open "Write the plan" actions remain.
    expect(result).toEqual({ status: 'ambiguous', count: 2 });
  });

  it('does not tell identical actions apart by status once the note changed (the other may be the one just ticked)', () => {
    const twice = NOTE.replace('- [x] Read the book ✅ 2026-03-02', '- [x] Call Jan ✅ 2026-03-02').replace('## Will\n', '## Will\n\n');
    expect(toggleAction(twice, at(9, 'Call Jan', 'x'), reopen, locate)).toEqual({ status: 'ambiguous', count: 2 });
  });

  it('reports unchanged when the action already has the wanted state', () => {
    expect(toggleAction(NOTE, at(11, 'Read the book', 'x'), complete, locate)).toEqual({ status: 'unchanged', line: 11 });
    expect(toggleAction(NOTE, at(9, 'Call Jan'), reopen, locate)).toEqual({ status: 'unchanged', line: 9 });
  });

  it('keeps CRLF, lone CR and a BOM, changing one line only', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `\uFEFF${NOTE.split('\n').join(eol)}`;
      const result = toggleAction(text, at(9, 'Call Jan'), complete, locate);
      if (result.status !== 'changed') throw new Error(result.status);
      expect(result.text.startsWith('\uFEFF---')).toBe(true);
      const lines = result.text.split(eol);
      const original = text.split(eol);
      expect(lines.filter((l, i) => l !== original[i])).toEqual(['- [x] Call Jan ✅ 2026-03-04']);
      expect(result.text.length - text.length).toBe(' ✅ 2026-03-04'.length);
      expect(lines[6]).toBe('- [ ] Call Jan');
      expect(lines[8]).toBe('- [x] Call Jan ✅ 2026-03-04');
    }
  });

  it('without a reader, trusts only the same task at the same line', () => {
    expect(toggleAction(NOTE, at(9, 'Call Jan'), complete).status).toBe('changed');
    expect(toggleAction(NOTE, at(8, 'Call Jan'), complete)).toEqual({ status: 'not-found', reason: 'gone' });
    expect(toggleAction(NOTE, at(8, 'Call Jan'), complete, () => null)).toEqual({ status: 'not-found', reason: 'unreadable' });
  });

  it('handles items in blockquotes, ordered lists and nested lists', () => {
    const text = ['## Will', '> - [ ] Quoted', '1. [ ] Numbered', '- [ ] Parent', '  - [ ] Child', ''].join('\n');
    const actions = readNote(text, 'n.md').actions.map((a) => a.text);
    for (const name of actions) {
      const action = readNote(text, 'n.md').actions.find((a) => a.text === name);
      if (!action) throw new Error(name);
      const result = toggleAction(text, at(action.line, name), complete, locate);
      if (result.status !== 'changed') throw new Error(`${name}: ${result.status}`);
      expect(changedLines(text, result.text)).toEqual([action.line]);
      expect(result.text.split('\n')[action.line - 1]).toContain('[x]');
    }
  });
});

describe('toggledLine', () => {
  it('keeps a block reference last', () => {
    expect(toggledLine('- [ ] Call ^abc-1', complete)).toBe('- [x] Call ✅ 2026-03-04 ^abc-1');
  });
  it('replaces a stale completion date on an open line with today, where it stands', () => {
    expect(toggledLine('- [/] Call [completion:: 2026-01-01]', complete)).toBe('- [x] Call [completion:: 2026-03-04]');
  });
  it('reopens an X and a cancelled task', () => {
    expect(toggledLine('- [X] Call ✅ 2026-01-01', reopen)).toBe('- [ ] Call');
    expect(toggledLine('- [-] Call', reopen)).toBe('- [ ] Call');
  });
  it('leaves a line that is no task alone', () => {
    expect(toggledLine('Call', complete)).toBe('Call');
  });
});

describe('toggle: lines the readers list but a single marker pattern would miss', () => {
  const opts = { done: true, today: '2026-11-21', addCompletionDate: true };
  const reader = (text: string) => readNote(text, 'n.md').actions;

  it('completes a checkbox that follows a second list marker (`- - [ ]`, `1. - [ ]`)', () => {
    const text = '## Will\n- - [ ] foo bar\n1. - [ ] baz\n';
    for (const action of reader(text)) {
      const result = toggleAction(text, { line: action.line, text: action.text, statusChar: ' ' }, opts, reader);
      expect(result.status).toBe('changed');
      if (result.status === 'changed') expect(result.text.split('\n')[action.line - 1]).toMatch(/\[x\] .* ✅ 2026-11-21$/);
    }
  });

  it('keeps trailing white space (a hard line break) after the completion marker, and reopening restores the line', () => {
    const text = '## Will\n- [ ] foo  \n  continued\n';
    const done = toggleAction(text, { line: 2, text: 'foo', statusChar: ' ' }, opts, reader);
    if (done.status !== 'changed') throw new Error(done.status);
    expect(done.text).toBe('## Will\n- [x] foo ✅ 2026-11-21  \n  continued\n');
    const open = toggleAction(done.text, { line: 2, text: 'foo', statusChar: 'x' }, { ...opts, done: false }, reader);
    expect(open.status === 'changed' && open.text).toBe(text);
  });
});
