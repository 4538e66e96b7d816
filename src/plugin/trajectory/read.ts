/**
 * Reads one client's notes for the trajectory in the plugin: the index says which coaching notes
 * are the client's (no other note is read); each is read whole with the core's
 * {@link readTrajectoryNote} and the plugin's outline (the scanner, else Obsidian's metadata cache
 * of exactly that text). The client's page is the note the client's name links to.
 */
import { TFile } from 'obsidian';
import { scanOutline } from '../../core/note/scan';
import { readTrajectoryNote, type TrajectoryNote } from '../../core/trajectory/note';
import { trajectoryProperties, type PlainValue, type TrajectoryProperties } from '../../core/trajectory/properties';
import { sameClient } from '../../core/trajectory/trajectory';
import type { GrowCoachHost } from '../host';
import { cacheOutline, cacheProperties } from '../index/cache-outline';

async function readOne(host: GrowCoachHost, path: string): Promise<TrajectoryNote | null> {
  const file = host.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return null;
  const text = await host.app.vault.cachedRead(file);
  const cache = host.index.cacheOf(path, text);
  return readTrajectoryNote(path, text, (body, lines) => scanOutline(body, lines) ?? (cache === null ? null : cacheOutline(cache, lines)));
}

/** The coaching notes of `client` (or of every client when null), read whole. */
export async function readClientNotes(host: GrowCoachHost, client: string | null): Promise<TrajectoryNote[]> {
  const paths: string[] = [];
  for (const entry of host.index.entries()) if (entry.client !== null && (client === null || sameClient(entry.client, client))) paths.push(entry.path);
  const notes = await Promise.all(paths.map((p) => readOne(host, p)));
  return notes.filter((n): n is TrajectoryNote => n !== null);
}

/** The trajectory properties of the client's page (`[[Name]]`), from Obsidian's metadata cache. */
export function clientPage(host: GrowCoachHost, client: string): TrajectoryProperties | null {
  const file = host.app.metadataCache.getFirstLinkpathDest(client, '');
  if (!file) return null;
  const frontmatter = host.app.metadataCache.getFileCache(file)?.frontmatter;
  if (!frontmatter) return null;
  return trajectoryProperties((key) => (Object.prototype.hasOwnProperty.call(frontmatter, key) ? (frontmatter[key] as PlainValue) : undefined));
}

/** The client a note belongs to: its `client`, else a client whose name the note has (the client's page). */
export function clientOfNote(host: GrowCoachHost, path: string): string | null {
  const entry = host.index.entry(path);
  if (entry?.client) return entry.client;
  const file = host.app.vault.getAbstractFileByPath(path);
  const own = file instanceof TFile ? cacheProperties(host.app.metadataCache.getFileCache(file)?.frontmatter).client : null;
  if (own) return own;
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  return host.index.clients().find((c) => sameClient(c, base)) ?? null;
}
