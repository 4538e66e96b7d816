/**
 * `MarkdownRenderer.render` and `MarkdownRenderChild`.
 *
 * The renderer builds DOM node by node from remark's mdast with `createEl` and `textContent`;
 * nothing is ever parsed as HTML. That is stricter than Obsidian (which renders raw HTML after
 * sanitising it) on purpose: GROW Coach renders text that comes from notes, and a test must show
 * that `<script>`, `<img onerror>` or a `javascript:` link in a note stays inert text.
 * - `[[target|alias]]` becomes `a.internal-link` with `data-href` and `href` set to the target;
 * - `[text](url)` becomes `a.external-link` only for http, https and mailto; any other URL
 *   (`javascript:`, `data:`, `file:`) is rendered as its text;
 * - raw HTML (block or inline) is rendered as its source text;
 * - `#tag` becomes `a.tag`; tasks get `input.task-list-item-checkbox` with `data-task`;
 * - `> [!type] title` becomes `div.callout[data-callout=type]` with title and content.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { Component } from './component';
import { activeContext } from './context';
import { createElIn } from './dom';
import { parseMarkdown } from './metadata';

const SAFE_URL = /^(https?:|mailto:)/i;
const INLINE_SYNTAX = /(!?)\[\[([^[\]\n]+?)\]\]|(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;

/** Text with wikilinks and tags turned into links; everything else stays text. */
function renderText(parent: HTMLElement, text: string): void {
  let last = 0;
  for (const m of text.matchAll(INLINE_SYNTAX)) {
    const index = m.index ?? 0;
    if (m[2] !== undefined) {
      parent.appendText(text.slice(last, index));
      const inner = m[2];
      const bar = inner.indexOf('|');
      const target = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
      const label = bar >= 0 ? inner.slice(bar + 1) : target;
      if (m[1] === '!') parent.createSpan({ cls: 'internal-embed', attr: { src: target, alt: label }, text: label });
      else parent.createEl('a', { cls: 'internal-link', text: label, attr: { 'data-href': target, href: target, target: '_blank', rel: 'noopener nofollow' } });
      last = index + m[0].length;
    } else if (m[4] !== undefined && !/^\d+$/.test(m[4])) {
      const lead = m[3] ?? '';
      parent.appendText(text.slice(last, index + lead.length));
      parent.createEl('a', { cls: 'tag', text: `#${m[4]}`, attr: { href: `#${m[4]}`, target: '_blank', rel: 'noopener nofollow' } });
      last = index + m[0].length;
    }
  }
  parent.appendText(text.slice(last));
}

function renderInline(parent: HTMLElement, nodes: PhrasingContent[], source: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        renderText(parent, node.value);
        break;
      case 'emphasis':
        renderInline(parent.createEl('em'), node.children, source);
        break;
      case 'strong':
        renderInline(parent.createEl('strong'), node.children, source);
        break;
      case 'delete':
        renderInline(parent.createEl('del'), node.children, source);
        break;
      case 'inlineCode':
        parent.createEl('code', { text: node.value });
        break;
      case 'break':
        parent.createEl('br');
        break;
      case 'link':
        if (SAFE_URL.test(node.url)) {
          renderInline(
            parent.createEl('a', { cls: 'external-link', href: node.url, attr: { target: '_blank', rel: 'noopener nofollow' } }),
            node.children,
            source,
          );
        } else {
          // Not a link we can follow safely: show what the note says, as text.
          parent.appendText(sourceOf(node, source));
        }
        break;
      case 'image':
        parent.createSpan({ cls: 'image-alt', text: node.alt ?? '' });
        break;
      case 'html':
        parent.appendText(node.value);
        break;
      case 'footnoteReference':
        parent.createEl('sup', { text: `[${node.label ?? node.identifier}]` });
        break;
      case 'linkReference':
      case 'imageReference':
        parent.appendText(sourceOf(node, source));
        break;
      default:
        parent.appendText(sourceOf(node, source));
    }
  }
}

function sourceOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

const CALLOUT = /^\[!([^\]\s]+)\]([+-]?)[ \t]*(.*)$/;

function renderBlocks(parent: HTMLElement, nodes: RootContent[], source: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        renderInline(parent.createEl('p'), node.children, source);
        break;
      case 'heading':
        renderInline(parent.createEl(`h${node.depth}` as 'h1'), node.children, source);
        break;
      case 'thematicBreak':
        parent.createEl('hr');
        break;
      case 'code': {
        const pre = parent.createEl('pre');
        pre.createEl('code', { cls: node.lang ? `language-${node.lang}` : [], text: node.value });
        break;
      }
      case 'html':
        parent.createEl('p', { text: node.value });
        break;
      case 'blockquote':
        renderQuote(parent, node, source);
        break;
      case 'list': {
        const list = parent.createEl(node.ordered ? 'ol' : 'ul', {
          cls: node.children.some((i) => i.checked !== null && i.checked !== undefined) ? 'contains-task-list' : [],
        });
        if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) list.setAttr('start', node.start);
        for (const item of node.children) {
          const li = list.createEl('li');
          const line = source.slice(item.position?.start.offset ?? 0).split('\n')[0] ?? '';
          const task = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\](?=\s|$)/u.exec(line)?.[1];
          let children = item.children as RootContent[];
          if (task !== undefined) {
            li.addClass('task-list-item');
            if (task !== ' ') li.addClass('is-checked');
            li.setAttr('data-task', task);
            li.createEl('input', { cls: 'task-list-item-checkbox', type: 'checkbox', attr: { 'data-task': task, ...(task !== ' ' ? { checked: '' } : {}) } });
            // GFM only knows [ ] and [x]; for other characters the text still starts with "[c] ".
            if (item.checked === null || item.checked === undefined) children = stripTaskPrefix(children);
          }
          if (item.spread) renderBlocks(li, children, source);
          else for (const child of children) child.type === 'paragraph' ? renderInline(li, child.children, source) : renderBlocks(li, [child], source);
        }
        break;
      }
      case 'table': {
        const table = parent.createEl('table');
        node.children.forEach((row, i) => {
          const tr = (i === 0 ? table.createEl('thead') : (table.querySelector('tbody') ?? table.createEl('tbody'))).createEl('tr');
          for (const cell of row.children) renderInline(tr.createEl(i === 0 ? 'th' : 'td'), cell.children, source);
        });
        break;
      }
      case 'yaml':
      case 'definition':
        break;
      default:
        parent.createEl('p', { text: sourceOf(node, source) });
    }
  }
}

function stripTaskPrefix(children: RootContent[]): RootContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'paragraph') return children;
  const [text, ...inline] = first.children;
  if (text?.type !== 'text') return children;
  return [{ ...first, children: [{ ...text, value: text.value.replace(/^\[.\]\s?/u, '') }, ...inline] }, ...rest];
}

function renderQuote(parent: HTMLElement, node: Extract<RootContent, { type: 'blockquote' }>, source: string): void {
  const first = node.children[0];
  const firstText = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  const firstLine = firstText.split('\n')[0] ?? '';
  const callout = CALLOUT.exec(firstLine);
  if (!callout || first?.type !== 'paragraph') {
    renderBlocks(parent.createEl('blockquote'), node.children, source);
    return;
  }
  const type = (callout[1] ?? 'note').toLowerCase();
  const el = parent.createDiv({ cls: 'callout', attr: { 'data-callout': type } });
  if (callout[2]) el.addClass('is-collapsible');
  const title = el.createDiv({ cls: 'callout-title' });
  title.createDiv({ cls: 'callout-title-inner', text: callout[3] || type.charAt(0).toUpperCase() + type.slice(1) });
  const content = el.createDiv({ cls: 'callout-content' });
  // The rest of the first paragraph (after the title line) belongs to the content.
  const [head, ...inline] = first.children;
  const restOfFirst = firstText.includes('\n') ? firstText.slice(firstText.indexOf('\n') + 1) : '';
  const remainder: PhrasingContent[] = [
    ...(restOfFirst && head?.type === 'text' ? [{ ...head, value: restOfFirst }] : []),
    ...(firstText.includes('\n') ? inline : inline.filter((n) => n.type !== 'break')),
  ];
  if (remainder.length > 0) renderInline(content.createEl('p'), remainder, source);
  renderBlocks(content, node.children.slice(1), source);
}

/** Renders markdown into `el`, safely (see the module comment). */
export async function renderMarkdownSafely(markdown: string, el: HTMLElement): Promise<void> {
  const root = parseMarkdown(markdown);
  renderBlocks(el, root.children, markdown);
}

export class MarkdownRenderer {
  static async render(app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    void app;
    void sourcePath;
    if (!(component instanceof Component)) throw new TypeError('MarkdownRenderer.render needs a Component (it owns the render children)');
    await renderMarkdownSafely(markdown, el);
  }

  /** @deprecated by Obsidian; kept because older plugin code calls it. */
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    await MarkdownRenderer.render(null, markdown, el, sourcePath, component);
  }
}

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

/**
 * obsidian.d.ts `sanitizeHTMLToDom`. The harness records the call (a plugin that builds HTML from
 * strings is a finding) and returns the HTML as inert text.
 */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
  const context = activeContext();
  context.unsafeHtml.push(html);
  const fragment = (context.window as unknown as { createFragment(): DocumentFragment }).createFragment();
  fragment.appendChild(createElIn(context.document, 'span', { text: html }));
  return fragment;
}
