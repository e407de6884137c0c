// Where a DOM selection lies in an article's text. The article element renders the API's text exactly (only
// text nodes, whitespace preserved), so the length of the text before a boundary is its offset in the article.

export interface Span {
  start: number;
  end: number;
}

function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The part of `range` inside `container`, as offsets into `text` with surrounding whitespace trimmed; null when
 * the range misses the article or covers only whitespace. A drag that runs past either end is cut at that end.
 */
export function spanOf(container: HTMLElement, range: Range, text: string): Span | null {
  const whole = document.createRange();
  whole.selectNodeContents(container);
  const startSide = whole.comparePoint(range.startContainer, range.startOffset);
  const endSide = whole.comparePoint(range.endContainer, range.endOffset);
  let start = startSide < 0 ? 0 : startSide > 0 ? text.length : offsetOf(container, range.startContainer, range.startOffset);
  let end = endSide > 0 ? text.length : endSide < 0 ? 0 : offsetOf(container, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}

/** The current selection's span in the article, if the selection touches it. */
export function selectedSpan(container: HTMLElement, text: string): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return spanOf(container, selection.getRangeAt(0), text);
}

/** Selects `span` of the article in the page, so a passage found from the keyboard shows as selected. */
export function selectSpan(container: HTMLElement, span: Span): void {
  const range = document.createRange();
  const start = locate(container, span.start);
  const end = locate(container, span.end);
  if (!start || !end) return;
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Scroll the article pane (not the page) so the found passage sits a third of the way down.
  const found = range.getBoundingClientRect();
  const pane = container.getBoundingClientRect();
  if (found.top < pane.top || found.bottom > pane.bottom) container.scrollTop += found.top - pane.top - pane.height / 3;
}

// The text node and offset in it at an article offset (highlights split the text into several nodes).
function locate(container: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let passed = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= passed + node.length) return { node, offset: offset - passed };
    passed += node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : null;
}
