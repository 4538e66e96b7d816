/**
 * `grow-coach`: the GROW Coach core over a vault folder on disk. Each command lives in
 * `commands/<name>.ts` and returns its exit code: 0 done, 1 a check found something (`--check`),
 * 2 the user asked for something that cannot be done (message on stderr).
 */
import { UsageError, exitWhenWritten, processIO, type CliIO } from './io';
import { faultMessages, named } from './fault-messages';
import { detectLanguage, explicitLanguage, messages, setNotesLanguage } from './messages';
import { notesLanguage } from './notes-language';
import { runAsWorker } from './threads';
import * as actions from './commands/actions';
import { runComplete, runReopen } from './commands/complete';
import * as newNote from './commands/new';
import * as parse from './commands/parse';
import * as templates from './commands/templates';
import * as client from './commands/client';
import * as sponsor from './commands/sponsor';
import * as hours from './commands/hours';
import * as lint from './commands/lint';

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  actions: actions.run,
  parse: parse.run,
  new: newNote.run,
  templates: templates.run,
  complete: runComplete,
  reopen: runReopen,
  client: client.run,
  sponsor: sponsor.run,
  hours: hours.run,
  lint: lint.run,
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    return await runCommand(argv, io);
  } finally {
    io.flush?.();
  }
}

async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  // Nothing says which language: speak the language of the notes in the vault (or the note) given.
  const target = rest[0];
  if (explicitLanguage(argv, process.env) === null && target !== undefined && !target.startsWith('-')) {
    setNotesLanguage(await notesLanguage(target));
  }
  const text = messages(detectLanguage(argv, process.env));
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) io.err(text.usage);
    else io.out(text.usage);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(text.usage);
    return 0;
  }
  if (command === undefined) {
    io.err(`grow-coach: ${text.unknownCommand(name)}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`grow-coach ${name}: ${error.message}`);
      return 2;
    }
    // The file system said no (a folder that cannot be read, a full disk, a path too long): one
    // line that names the path, never a stack trace.
    const fsError = error as NodeJS.ErrnoException;
    if (typeof fsError.code === 'string' && /^E[A-Z]+$/.test(fsError.code) && typeof fsError.syscall === 'string') {
      const m = faultMessages();
      io.err(`grow-coach ${name}: ${named(fsError.path ?? fsError.syscall, m.reason(fsError.code))}`);
      return 1;
    }
    io.err(`grow-coach ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}

// In a reading thread (`threads.ts`) the bundle runs its chunk of notes instead of a command.
if (!runAsWorker()) {
  void main(process.argv.slice(2)).then((code) => exitWhenWritten(code));
}
