import { describe, expect, it } from 'vitest';
import { COACH_HEADINGS, COACH_WORD, isCoachHeading, ownerField, withoutOwnerField } from '../../../src/core/note/owner';
import { readNote } from '../../../src/core/note/remark-reading';
import { scanRecord } from '../../../src/core/note/scan';

const NOTE = [
  '---',
  'client: "[[Anna]]"',
  '---',
  '## Wil',
  '- [ ] Piet om feedback vragen 📅 2026-12-01',
  '- [ ] Tussenevaluatie plannen [owner:: coach] 📅 2026-12-08',
  '',
  '### Voor de coach',
  '- [ ] Artikel over stiltes sturen',
  '- [ ] Zelf regelen (owner:: client)',
  '',
  '## Afronding',
  '- [ ] Geen actie',
].join('\n');

describe('coach tasks apart from client actions', () => {
  it('a field or the coach subheading marks a task as the coach’s; the field wins; the text loses the field', () => {
    for (const record of [readNote(NOTE, 'a.md'), scanRecord(NOTE, 'a.md')!]) {
      expect(record.actions.map((a) => [a.text, a.owner ?? 'client', a.due])).toEqual([
        ['Piet om feedback vragen', 'client', '2026-12-01'],
        ['Tussenevaluatie plannen', 'coach', '2026-12-08'],
        ['Artikel over stiltes sturen', 'coach', null],
        ['Zelf regelen', 'client', null],
      ]);
    }
  });

  it('recognises the coach headings coaches write, and no others', () => {
    for (const h of ['Coach', 'Voor de coach', '**For the coach:**', 'Coachtaken', '🧑‍🏫 Coach tasks', 'Taken van de coach'])
      expect(isCoachHeading(h), h).toBe(true);
    for (const h of ['Coaching', 'Wil', 'Coachvraag', 'Reflectie van de coach']) expect(isCoachHeading(h), h).toBe(false);
    // The first test looks for the word every coach heading holds, in any case.
    for (const h of COACH_HEADINGS) expect(h.includes(COACH_WORD), h).toBe(true);
    expect(isCoachHeading('VOOR DE COACH')).toBe(true);
    expect(ownerField('x [owner::coach]')).toBe('coach');
    expect(ownerField('x (Owner :: Klant)')).toBe('client');
    expect(ownerField('x [owner:: someone]')).toBeNull();
    expect(withoutOwnerField('Plannen [owner:: coach] en meer')).toBe('Plannen en meer');
  });
});
