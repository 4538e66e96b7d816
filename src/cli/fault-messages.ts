/**
 * What the CLI says, in Dutch and English, when the file system gets in the way: a note that is
 * not a regular file, not UTF-8, too large; a folder it cannot enter; a full disk; a note it will
 * not write (read-only, hard-linked, a link out of the vault, changing while written). Every
 * message is one line that names the path (control characters escaped) and says what to do.
 */
import type { NoteProblem } from './note-file';
import type { WriteRefusal } from './safe-write';
import { safeText } from './shown';
import { detectLanguage, type CliLanguage } from './messages';

const REASONS: Record<CliLanguage, Record<string, string>> = {
  en: {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    ENOENT: 'it no longer exists',
    ENOTDIR: 'a part of the path is not a folder',
    ENAMETOOLONG: 'the path is longer than the system allows',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    EIO: 'the disk reported an input/output error',
    ELOOP: 'too many levels of links',
    EMFILE: 'too many open files',
    EBUSY: 'it is busy',
  },
  nl: {
    EACCES: 'geen toegang',
    EPERM: 'niet toegestaan',
    ENOENT: 'het bestaat niet meer',
    ENOTDIR: 'een deel van het pad is geen map',
    ENAMETOOLONG: 'het pad is langer dan het systeem toestaat',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'het schijfquotum is op',
    EROFS: 'het bestandssysteem is alleen-lezen',
    EIO: 'de schijf meldde een lees- of schrijffout',
    ELOOP: 'te veel koppelingen achter elkaar',
    EMFILE: 'te veel open bestanden',
    EBUSY: 'het is bezet',
  },
};

const en = {
  reason: (code: string) => (REASONS.en[code] ? `${REASONS.en[code]}, ${code}` : code),
  notRegular: (what: string) =>
    `is not a regular file (${{ fifo: 'a FIFO', device: 'a device', socket: 'a socket', folder: 'a folder', other: 'a special file' }[what] ?? what}); skipped`,
  tooLarge: (mb: number) => `is ${mb} MB, larger than any note GROW Coach reads (16 MB); skipped`,
  utf16: 'is UTF-16 text; save it as UTF-8 to include it; skipped',
  nul: 'holds NUL bytes, so it is not a text note (if it is UTF-16 text, save it as UTF-8); skipped',
  notUtf8: 'is not valid UTF-8 text; save it as UTF-8 to include it; skipped',
  cannotRead: (reason: string) => `cannot be read (${reason}); skipped`,
  folderSkipped: (reason: string) => `folder cannot be opened (${reason}); the notes in it were skipped`,
  badName: 'has a name that is not valid UTF-8; skipped (rename it to include it)',
  removedTemp: 'removed a temporary file left by an interrupted run of grow-coach',
  readOnly: 'is read-only; nothing was changed. Make it writable (chmod u+w) if GROW Coach may write it.',
  hardLinks: (n: number) =>
    `has ${n} hard links; replacing it would leave the other names with the old text, so nothing was changed. Remove the extra links to let GROW Coach write it.`,
  outsideVault: (target: string) => `is a link to ${safeText(target)}, outside the vault; GROW Coach does not write there, nothing was changed`,
  owner: (uid: number, gid: number) =>
    `belongs to user ${uid} (group ${gid}) and this user cannot give it back to them after writing; nothing was changed. Run as its owner.`,
  keptChanging: 'kept changing while it was being written (another program is saving it); the latest save is kept. Run the command again.',
  cannotWrite: (reason: string) => `cannot be written (${reason}); nothing was changed.`,
  diskFull: (code: string) => `cannot be written: ${REASONS.en[code] ?? code} (${code}); nothing was changed. Free some disk space and run the command again.`,
  checkPermissions: 'Check that the note and its folder may be written to.',
  incomplete: (n: number) => `${n} ${n === 1 ? 'note or folder' : 'notes or folders'} could not be read (see the warnings above)`,
};

type FaultMessages = typeof en;

const nl: FaultMessages = {
  reason: (code) => (REASONS.nl[code] ? `${REASONS.nl[code]}, ${code}` : code),
  notRegular: (what) =>
    `is geen gewoon bestand (${{ fifo: 'een FIFO', device: 'een apparaat', socket: 'een socket', folder: 'een map', other: 'een speciaal bestand' }[what] ?? what}); overgeslagen`,
  tooLarge: (mb) => `is ${mb} MB, groter dan elke notitie die GROW Coach leest (16 MB); overgeslagen`,
  utf16: 'is UTF-16-tekst; sla de notitie op als UTF-8 om haar mee te nemen; overgeslagen',
  nul: 'bevat NUL-bytes en is dus geen tekstnotitie (is het UTF-16-tekst, sla haar dan op als UTF-8); overgeslagen',
  notUtf8: 'is geen geldige UTF-8-tekst; sla de notitie op als UTF-8 om haar mee te nemen; overgeslagen',
  cannotRead: (reason) => `kan niet worden gelezen (${reason}); overgeslagen`,
  folderSkipped: (reason) => `map kan niet worden geopend (${reason}); de notities erin zijn overgeslagen`,
  badName: 'heeft een naam die geen geldige UTF-8 is; overgeslagen (geef het een andere naam om het mee te nemen)',
  removedTemp: 'tijdelijk bestand van een onderbroken run van grow-coach verwijderd',
  readOnly: 'is alleen-lezen; er is niets veranderd. Maak de notitie beschrijfbaar (chmod u+w) als GROW Coach erin mag schrijven.',
  hardLinks: (n) =>
    `heeft ${n} harde koppelingen; vervangen zou de andere namen de oude tekst laten houden, dus er is niets veranderd. Verwijder de extra koppelingen zodat GROW Coach erin kan schrijven.`,
  outsideVault: (target) => `is een koppeling naar ${safeText(target)}, buiten de kluis; daar schrijft GROW Coach niet, er is niets veranderd`,
  owner: (uid, gid) =>
    `is van gebruiker ${uid} (groep ${gid}) en deze gebruiker kan de notitie na het schrijven niet aan hen teruggeven; er is niets veranderd. Voer de opdracht uit als de eigenaar.`,
  keptChanging:
    'bleef veranderen terwijl ze werd geschreven (een ander programma slaat haar op); de laatste versie van dat programma is bewaard. Voer de opdracht opnieuw uit.',
  cannotWrite: (reason) => `kan niet worden geschreven (${reason}); er is niets veranderd.`,
  diskFull: (code) =>
    `kan niet worden geschreven: ${REASONS.nl[code] ?? code} (${code}); er is niets veranderd. Maak ruimte vrij op de schijf en voer de opdracht opnieuw uit.`,
  checkPermissions: 'Controleer of de notitie en haar map beschrijfbaar zijn.',
  incomplete: (n) => `${n} ${n === 1 ? 'notitie of map kon' : 'notities of mappen konden'} niet worden gelezen (zie de waarschuwingen hierboven)`,
};

const MESSAGES: Record<CliLanguage, FaultMessages> = { en, nl };

export function faultMessages(language: CliLanguage = detectLanguage(process.argv.slice(2), process.env)): FaultMessages {
  return MESSAGES[language];
}

/** Why a note is not read: the sentence after its name. */
export function problemMessage(problem: NoteProblem, m: FaultMessages = faultMessages()): string {
  switch (problem.kind) {
    case 'not-regular':
      return m.notRegular(problem.what);
    case 'too-large':
      return m.tooLarge(Math.round(problem.bytes / 1024 / 1024));
    case 'utf16':
      return m.utf16;
    case 'nul':
      return m.nul;
    case 'not-utf8':
      return m.notUtf8;
    case 'error':
      return m.cannotRead(m.reason(problem.code));
  }
}

/** Why a note was not written: the sentence after its name. */
export function refusalMessage(refusal: WriteRefusal, m: FaultMessages = faultMessages()): string {
  switch (refusal.kind) {
    case 'read-only':
      return m.readOnly;
    case 'hard-links':
      return m.hardLinks(refusal.links);
    case 'outside-vault':
      return m.outsideVault(refusal.target);
    case 'owner':
      return m.owner(refusal.uid, refusal.gid);
    case 'kept-changing':
      return m.keptChanging;
    case 'unreadable':
      return problemMessage(refusal.problem, m);
    case 'error':
      if (refusal.code === 'ENOSPC' || refusal.code === 'EDQUOT') return m.diskFull(refusal.code);
      return `${m.cannotWrite(m.reason(refusal.code))}${refusal.code === 'EACCES' || refusal.code === 'EPERM' || refusal.code === 'EROFS' ? ` ${m.checkPermissions}` : ''}`;
  }
}

/** `<name>: <sentence>`, with the name made safe for a terminal. */
export function named(shown: string, sentence: string): string {
  return `${safeText(shown)}: ${sentence}`;
}
