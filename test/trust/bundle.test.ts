/**
 * Gates on the built plugin: what Obsidian loads must make no network call and must never build
 * HTML from strings. Read from main.js itself, so a dependency that sneaks one in fails here too.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const bundle = readFileSync(path.join(root, 'main.js'), 'utf8');

/** Every place a pattern matches, with a little context, so a failure says where. */
function hits(pattern: RegExp): string[] {
  const out: string[] = [];
  for (const match of bundle.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
    out.push(bundle.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60));
  }
  return out;
}

describe('the built main.js', () => {
  it('makes no network call: no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, requestUrl or request', () => {
    expect(hits(/(?<![\w$.])fetch\s*\(|\.fetch\s*\(/)).toEqual([]);
    expect(hits(/XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection/)).toEqual([]);
    expect(hits(/\brequestUrl\b|(?<![\w$])request\s*\(\s*\{/)).toEqual([]);
    expect(hits(/\bimportScripts\b|\bnew\s+Worker\b/)).toEqual([]);
  });

  it('assigns no innerHTML or outerHTML and calls no insertAdjacentHTML or document.write', () => {
    expect(hits(/\.(?:innerHTML|outerHTML)\s*=(?!=)/)).toEqual([]);
    expect(hits(/insertAdjacentHTML|document\.write/)).toEqual([]);
  });

  it('requires nothing but obsidian at run time (no Node or Electron API on mobile)', () => {
    const required = new Set([...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['obsidian']);
  });

  it('stays within 400 KB minified', () => {
    expect(statSync(path.join(root, 'main.js')).size).toBeLessThanOrEqual(400 * 1024);
  });
});
