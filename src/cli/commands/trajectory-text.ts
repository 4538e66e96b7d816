/** The trajectory commands' own messages (usage errors), in Dutch and English. */
import type { CliLanguage } from '../messages';

const en = {
  needsVault: (command: string) =>
    `give the vault folder, for example: grow-coach ${command} ~/Notes${command === 'hours' || command === 'lint' ? '' : ' --client "Anna de Vries"'}`,
  needsClient: (command: string) => `give the client with --client NAME, for example: grow-coach ${command} ~/Notes --client "Anna de Vries"`,
  oneVault: (extra: string) => `expected one vault folder, got also: ${extra}`,
  fromAfterTo: (from: string, to: string) => `--from ${from} is after --to ${to}: swap them`,
};

const nl: typeof en = {
  needsVault: (command) =>
    `geef de kluismap, bijvoorbeeld: grow-coach ${command} ~/Notities${command === 'hours' || command === 'lint' ? '' : ' --client "Anna de Vries"'}`,
  needsClient: (command) => `geef de klant met --client NAAM, bijvoorbeeld: grow-coach ${command} ~/Notities --client "Anna de Vries"`,
  oneVault: (extra) => `één kluismap verwacht, maar ook gekregen: ${extra}`,
  fromAfterTo: (from, to) => `--from ${from} ligt na --to ${to}: draai ze om`,
};

export function trajectoryText(language: CliLanguage): typeof en {
  return language === 'nl' ? nl : en;
}
