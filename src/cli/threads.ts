/**
 * Reading a large vault on every core: the notes are read and understood one chunk at a time by
 * the main thread and by worker threads (the same bundle, started with `workerData`), each taking
 * the next chunk from a shared counter, so a slow start or a slow chunk never leaves a core idle.
 * The answers come back in the order of the notes, and the caller prints warnings and results in
 * that order: the output is the same, byte for byte, however many threads read.
 *
 * A job is a pure function of one note (its path) and plain settings, named in {@link JOBS}, so a
 * worker can run it from its name. Small vaults are read on the main thread alone (starting a
 * worker costs about a tenth of a second); `GROW_COACH_THREADS` sets the number of threads (1:
 * the main thread alone), for tests and for machines shared with other work.
 */
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { notesLanguageHint, setNotesLanguage } from './messages';
import type { CliLanguage } from './messages';

/** One note to read: where it is, how it is named for the coaching rules and in messages. */
export interface NoteJob {
  abs: string;
  rel: string;
  shown: string;
}

/** What a job says about one note: a warning to print first when it was skipped, warnings, and its answer. */
export interface JobAnswer<R> {
  skipped: string | null;
  warnings: string[];
  answer: R | null;
}

type Job = (note: NoteJob, settings: never) => JobAnswer<unknown>;

/** The jobs a worker can run, by name (registered by the modules that define them). */
const JOBS = new Map<string, Job>();

/** Registers a job under a name, so that worker threads can run it too. */
export function defineJob<N extends NoteJob, S, R>(
  name: string,
  job: (note: N, settings: S) => JobAnswer<R>,
): (notes: readonly N[], settings: S) => Promise<JobAnswer<R>[]> {
  JOBS.set(name, job as unknown as Job);
  return (notes, settings) => runJob(name, job, notes, settings);
}

/** Notes per chunk: small enough to balance the threads, large enough that a message carries many. */
const CHUNK = 128;
/** Fewer notes than this are read on the main thread alone. */
const PARALLEL_FROM = 1500;

interface WorkerData {
  growCoachJob: string;
  notes: readonly NoteJob[];
  settings: unknown;
  counter: SharedArrayBuffer;
  /** The language the main thread found in the notes (messages in the worker speak it too). */
  notesLanguage: CliLanguage | null;
}

/** How many threads read `count` notes. */
export function threadCount(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.GROW_COACH_THREADS ?? '', 10);
  if (Number.isFinite(asked) && asked >= 1) return Math.min(asked, 16);
  if (count < PARALLEL_FROM) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4));
}

/**
 * The CLI bundle this code runs from, when it can start workers: only `cli.cjs` runs a job
 * instead of its command in a worker (`main.ts`), so sources under a test runner and other
 * bundles read on one thread.
 */
function bundleFile(): string | null {
  return typeof __filename === 'string' && /[\\/]cli\.cjs$/.test(__filename) ? __filename : null;
}

/** Set `GROW_COACH_THREADS_REPORT=1` to hear on stderr how many notes each thread read (tests). */
function report(counts: readonly number[]): void {
  if (process.env.GROW_COACH_THREADS_REPORT === '1') process.stderr.write(`grow-coach: notes read per thread: ${counts.join(' ')}\n`);
}

/** Runs the next chunk not yet taken (by the shared counter); false when every chunk was taken. */
function runNextChunk(
  job: Job,
  notes: readonly NoteJob[],
  settings: unknown,
  counter: Int32Array,
  each: (chunk: number, answers: JobAnswer<unknown>[]) => void,
): boolean {
  const chunk = Atomics.add(counter, 0, 1);
  if (chunk >= Math.ceil(notes.length / CHUNK)) return false;
  const answers: JobAnswer<unknown>[] = [];
  for (let i = chunk * CHUNK; i < Math.min(notes.length, (chunk + 1) * CHUNK); i += 1) answers.push(job(notes[i]!, settings as never));
  each(chunk, answers);
  return true;
}

/** Lets the event loop take the messages that arrived (the workers' answers) before going on. */
const takeMessages = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function runJob<N extends NoteJob, S, R>(
  name: string,
  job: (note: N, settings: S) => JobAnswer<R>,
  notes: readonly N[],
  settings: S,
): Promise<JobAnswer<R>[]> {
  const bundle = bundleFile();
  const threads = bundle === null ? 1 : threadCount(notes.length);
  if (threads <= 1) {
    const answers = notes.map((note) => job(note, settings));
    report([notes.length]);
    return answers;
  }
  const counter = new SharedArrayBuffer(4);
  const answers: JobAnswer<R>[] = new Array<JobAnswer<R>>(notes.length);
  const put = (chunk: number, list: JobAnswer<unknown>[]): void => {
    list.forEach((answer, k) => (answers[chunk * CHUNK + k] = answer as JobAnswer<R>));
  };
  const data: WorkerData = { growCoachJob: name, notes, settings, counter, notesLanguage: notesLanguageHint() };
  const counts = new Array<number>(threads).fill(0);
  const started: Worker[] = [];
  const finished = Array.from({ length: threads - 1 }, (_, w) => {
    // The same arguments, so that the worker's messages choose the same language.
    const worker = new Worker(bundle!, { workerData: data, argv: process.argv.slice(2) });
    started.push(worker);
    return new Promise<void>((resolve, reject) => {
      let done = false;
      worker.on('message', (message: { chunk: number; answers: JobAnswer<unknown>[] } | { done: true }) => {
        if ('done' in message) done = true;
        else {
          counts[w + 1]! += message.answers.length;
          put(message.chunk, message.answers);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (done ? resolve() : reject(new Error(`a reading thread stopped early (exit code ${code})`))));
    });
  });
  // Marked as heard, so a worker stopped after a failure here is no unhandled rejection.
  for (const promise of finished) promise.catch(() => undefined);
  try {
    const shared = new Int32Array(counter);
    const own = (chunk: number, list: JobAnswer<unknown>[]): void => {
      counts[0]! += list.length;
      put(chunk, list);
    };
    // Between its own chunks this thread takes in the workers' answers as they come, so that
    // copying them in is shared out with the reading instead of waiting until the end.
    while (runNextChunk(job as unknown as Job, notes, settings, shared, own)) await takeMessages();
    // Every worker heard from, its failure included, before the first failure is thrown.
    const outcomes = await Promise.allSettled(finished);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  } finally {
    // On any failure the other threads stop too; after success they have ended already.
    for (const worker of started) void worker.terminate();
  }
  report(counts);
  return answers;
}

/**
 * In a worker thread started by {@link runJob}: runs its chunks and ends. True when this thread is
 * such a worker (then the CLI's `main` must not run).
 */
export function runAsWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  const data = workerData as Partial<WorkerData> | null;
  if (data?.growCoachJob === undefined) return false;
  const job = JOBS.get(data.growCoachJob);
  if (job === undefined) throw new Error(`unknown reading job ${data.growCoachJob}`);
  const port = parentPort;
  setNotesLanguage(data.notesLanguage ?? null);
  const counter = new Int32Array(data.counter!);
  while (runNextChunk(job, data.notes ?? [], data.settings, counter, (chunk, answers) => port.postMessage({ chunk, answers })));
  port.postMessage({ done: true });
  return true;
}
