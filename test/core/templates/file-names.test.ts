import { describe, expect, it } from 'vitest';
import { joinVaultPath, MAX_NAME_LENGTH, safeFileName, uniquePath } from '../../../src/core/templates/file-names';

describe('safeFileName', () => {
  it.each([
    ['Anna de Vries', 'Anna de Vries'],
    ['../../x', 'x'],
    ['a/b:c', 'a b c'],
    ['a\\b*c?d"e<f>g|h', 'a b c d e f g h'],
    ['#^[]|', 'client'],
    ['CON', 'CON_'],
    ['lpt1.txt', 'lpt1.txt_'],
    ['...hidden', 'hidden'],
    ['name. ', 'name'],
    ['  two\n\tlines  ', 'two lines'],
    ['', 'client'],
    ['{{x}}', '{{x}}'],
    ['<b>', 'b'],
    ['Émile Ça', 'Émile Ça'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('cuts long names without splitting a character', () => {
    const long = '😀'.repeat(MAX_NAME_LENGTH + 20);
    expect(Array.from(safeFileName(long))).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('uniquePath', () => {
  it('keeps a free path and numbers a taken one', () => {
    const taken = new Set(['C/a.md', 'C/a (2).md']);
    expect(uniquePath('C/b.md', (p) => taken.has(p))).toBe('C/b.md');
    expect(uniquePath('C/a.md', (p) => taken.has(p))).toBe('C/a (3).md');
    expect(uniquePath('C.d/noext', (p) => p === 'C.d/noext')).toBe('C.d/noext (2)');
  });

  it('gives up with a message instead of looping forever', () => {
    expect(() => uniquePath('a.md', () => true)).toThrow(/a\.md: 999 notes/);
  });
});

describe('joinVaultPath', () => {
  it('joins with / and drops empty, . and .. segments', () => {
    expect(joinVaultPath('Templates/GROW Coach/', 'intake.hbs')).toBe('Templates/GROW Coach/intake.hbs');
    expect(joinVaultPath('/a/../b/', './c')).toBe('a/b/c');
  });
});
