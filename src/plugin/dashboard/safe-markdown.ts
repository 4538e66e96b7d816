/**
 * An action's text comes from a note and is shown as markdown, so that `[[links]]`, emphasis and
 * `code` look as they do in the note. It must never run as HTML: `<img onerror=…>` in an action
 * is text, and so is a `javascript:` link. Two steps make that so, whatever the renderer does:
 * the text is made inert before rendering ({@link inertMarkdown}), and links with a scheme other
 * than http, https, mailto or obsidian are unwrapped afterwards ({@link disarmLinks}).
 */

/** Characters that make a text worth handing to the markdown renderer. */
const MARKDOWN_SYNTAX = /[[\]*_`~=<>&\\|$^%]|https?:\/\/|(?:^|\s)#[^\s#]/;

/** True when the text renders as itself, so it can be set as plain text (much faster). */
export function isPlainText(text: string): boolean {
  return !MARKDOWN_SYNTAX.test(text);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** What starts a block (a heading or a bullet item) at the start of a line (`>` is an entity by then). */
const LEADING_BLOCK = /^(#{1,6}|[-+*])(?=[ \t]|$)/;
/** An ordered list item's start: the escape goes before its `.` or `)`. */
const LEADING_NUMBER = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * The text with `&`, `<` and `>` written as entities outside code spans (inside one they are
 * shown literally anyway), and a leading block marker escaped, so that the renderer makes one
 * inert paragraph of it: `1. Call` stays text, not an ordered list.
 */
export function inertMarkdown(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const tick = /`+/.exec(text.slice(i));
    if (!tick) {
      out += escapeHtml(text.slice(i));
      break;
    }
    const open = i + tick.index;
    const fence = tick[0];
    const close = text.indexOf(fence, open + fence.length);
    if (close < 0) {
      out += escapeHtml(text.slice(i));
      break;
    }
    out += escapeHtml(text.slice(i, open)) + text.slice(open, close + fence.length);
    i = close + fence.length;
  }
  return out.replace(LEADING_BLOCK, '\\$1').replace(LEADING_NUMBER, '$1\\$2');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

const SAFE_HREF = /^(?:https?:|mailto:|obsidian:|#)/i;

/**
 * Unwraps every link whose target could run code or reach a local file (`javascript:`, `data:`,
 * `file:`, …) into its text, and removes elements that should not be in an action at all.
 * Internal links (`a.internal-link`, resolved by Obsidian) are kept.
 */
export function disarmLinks(el: HTMLElement): void {
  for (const bad of Array.from(el.querySelectorAll('script, iframe, object, embed, style, link, meta'))) bad.remove();
  for (const a of Array.from(el.querySelectorAll('a'))) {
    if (a.classList.contains('internal-link')) continue;
    const href = a.getAttribute('href') ?? '';
    if (href === '' || SAFE_HREF.test(href.trim())) continue;
    a.replaceWith(a.ownerDocument.createTextNode(a.textContent ?? ''));
  }
  for (const node of Array.from(el.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) if (/^on/i.test(attr.name)) node.removeAttribute(attr.name);
  }
}
