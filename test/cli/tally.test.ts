/**
 * What reading said, printed (`Tally.heardAll`): every skip and warning in the order of the notes,
 * in a few large writes rather than one write per line.
 */
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io';
import { Tally } from '../../src/cli/vault';

function recorder(): { io: CliIO; writes: string[] } {
  const writes: string[] = [];
  return { io: { out: () => undefined, err: (line) => writes.push(line) }, writes };
}

describe('Tally.heardAll', () => {
  it('prints each skip and warning in note order, counts the skips and returns the answers', () => {
    const { io, writes } = recorder();
    const tally = new Tally(io);
    const answers = tally.heardAll([
      { skipped: null, warnings: ['a.md:3: first', 'a.md:9: second'], answer: 'A' },
      // A skip is escaped where it is made (with the file's name): printed as it comes, not escaped twice.
      { skipped: 'b\\u{1b}.md: cannot be read (EACCES)', warnings: [], answer: null },
      { skipped: null, warnings: ['c\u001b[31m.md:1: escaped'], answer: 'C' },
    ]);
    expect(answers).toEqual(['A', null, 'C']);
    expect(tally.problems).toBe(1);
    expect(writes.join('\n').split('\n')).toEqual([
      'warning: a.md:3: first',
      'warning: a.md:9: second',
      'warning: b\\u{1b}.md: cannot be read (EACCES)',
      'warning: c\\u{1b}[31m.md:1: escaped',
    ]);
    expect(writes).toHaveLength(1);
  });

  it('writes many warnings in blocks, none lost and none out of order', () => {
    const { io, writes } = recorder();
    const said = Array.from({ length: 3000 }, (_, i) => ({ skipped: null, warnings: [`note ${i}.md:1: ${'x'.repeat(100)}`], answer: i }));
    expect(new Tally(io).heardAll(said)).toEqual(said.map((s) => s.answer));
    expect(writes.join('\n').split('\n')).toEqual(said.map((s) => `warning: ${s.warnings[0]}`));
    // About 330 KB of warnings: a handful of writes, not 3,000.
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
  });

  it('prints nothing when reading said nothing', () => {
    const { io, writes } = recorder();
    expect(new Tally(io).heardAll([{ skipped: null, warnings: [], answer: 1 }])).toEqual([1]);
    expect(writes).toEqual([]);
  });
});
