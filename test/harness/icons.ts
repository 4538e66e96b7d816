/**
 * `setIcon`, `getIcon`, `addIcon`, `getIconIds`: icons are recorded as an `<svg>` with the class
 * Obsidian gives Lucide icons (`svg-icon lucide-<id>`) and a `data-icon` attribute, so a test
 * can ask which icon an element shows. Custom icons (`addIcon`) are kept by id; their SVG
 * source is never parsed (it would be HTML from a string).
 */
import { activeContext } from './context';
import { createSvgIn } from './dom';

const custom = new Map<string, string>();

function build(doc: Document, iconId: string): SVGSVGElement {
  return createSvgIn(doc, 'svg', {
    cls: ['svg-icon', `lucide-${iconId}`],
    attr: { xmlns: 'http://www.w3.org/2000/svg', width: 24, height: 24, viewBox: '0 0 24 24', 'data-icon': iconId },
  });
}

export function setIcon(parent: HTMLElement, iconId: string): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.appendChild(build(parent.ownerDocument, iconId));
}

export function getIcon(iconId: string): SVGSVGElement | null {
  return build(activeContext().document, iconId);
}

export function addIcon(iconId: string, svgContent: string): void {
  custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
  custom.delete(iconId);
}

export function getIconIds(): string[] {
  return [...custom.keys()];
}
