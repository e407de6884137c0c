// DOM helpers. Text always goes in through textContent, never as markup, because nicknames, prompts and
// article passages come from people and from the server.

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, handler] of Object.entries(options.on ?? {})) {
    if (handler) element.addEventListener(name, handler);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing #${id} in the page`);
  return element as T;
}

/** Text that only screen readers read, for meaning carried visually by colour or shape. */
export function srOnly(text: string): HTMLSpanElement {
  return el("span", { className: "sr-only", text });
}

export function button(text: string, onClick: () => void, className = "btn", attrs: Record<string, string> = {}): HTMLButtonElement {
  return el("button", { className, text, attrs: { type: "button", ...attrs }, on: { click: () => onClick() } });
}

/** Moves keyboard and screen-reader focus to a freshly drawn screen's heading. */
export function focusHeading(root: Element): void {
  const heading = root.querySelector<HTMLElement>("h1, h2");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: false });
}

// A control whose label changes between redraws (Pause becomes Resume) names itself with data-focus-key.
function controlName(element: Element): string {
  return element.getAttribute("data-focus-key") ?? element.getAttribute("aria-label") ?? element.textContent ?? "";
}

/**
 * Redraws `root` and puts focus back on the matching control (same tag and name) when it had focus before, so a
 * redraw caused by someone else (a player joining, a pause) does not throw a keyboard user back to the top.
 */
export function redrawKeepingFocus(root: Element, redraw: () => void): void {
  const active = document.activeElement;
  const had = active instanceof HTMLElement && active !== root && root.contains(active) ? active : null;
  const tag = had?.tagName;
  const name = had ? controlName(had) : "";
  redraw();
  if (!tag) return;
  const match = [...root.querySelectorAll<HTMLElement>(tag)].find((candidate) => controlName(candidate) === name);
  if (match && !(match as HTMLButtonElement).disabled) match.focus();
}

/**
 * Attributes for text written by people rather than by the interface (quiz titles, prompts, article passages):
 * it keeps its own direction inside a page of the other direction, and the language checks pass over it.
 */
export const authored: Readonly<Record<string, string>> = { dir: "auto", "data-authored": "" };

/** Words people wrote, to set inside an interface sentence (see tParts). */
export function authoredText(text: string): HTMLSpanElement {
  return el("span", { text, attrs: authored });
}
