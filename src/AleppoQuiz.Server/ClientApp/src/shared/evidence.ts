// The evidence a question rests on: each passage with its quoted words highlighted and its outlet named, so a
// class sees who said it and according to whom.
import { authored, el } from "./dom";
import { t, type Key } from "./i18n";
// A passage of the HTTP contract leaves its kind optional (it has a default), so it also takes the hub's passages.
import type { EvidencePassage } from "../contract/http";
import type { RevealDetails } from "../contract/hub";

/** Splits a passage around its quote; falls back to searching for the quote when the span does not fit. */
export function quoteSpan(evidence: EvidencePassage): [number, number] | null {
  const { passage, quote, quoteStart, quoteEnd } = evidence;
  if (quoteStart >= 0 && quoteEnd > quoteStart && quoteEnd <= passage.length) return [quoteStart, quoteEnd];
  const at = quote ? passage.indexOf(quote) : -1;
  return at >= 0 ? [at, at + quote.length] : null;
}

function passageBlock(evidence: EvidencePassage): HTMLQuoteElement {
  const block = el("blockquote", { className: "passage", attrs: authored });
  const span = quoteSpan(evidence);
  if (!span) {
    block.append(el("mark", { text: evidence.quote }));
    return block;
  }
  const [start, end] = span;
  block.append(
    evidence.passage.slice(0, start),
    el("mark", { text: evidence.passage.slice(start, end) }),
    evidence.passage.slice(end),
  );
  return block;
}

// A caption is the photo agency's text and a credit line says who supplied the story: neither is the outlet's
// reporting, so the passage says which it is.
const passageKindLabels: Record<string, Key> = { caption: "evidence.caption", credit: "evidence.credit" };

export function evidenceItem(evidence: EvidencePassage): HTMLElement {
  const kindKey = evidence.kind ? passageKindLabels[evidence.kind] : undefined;
  const kind = kindKey ? t(kindKey) : undefined;
  const caption = el(
    "figcaption",
    {},
    el("span", { className: "outlet", text: evidence.outlet, attrs: authored }),
    evidence.title ? el("cite", { text: evidence.title, attrs: authored }) : null,
    kind ? el("span", { className: "passage-kind", text: kind }) : null,
  );
  return el("figure", { className: "evidence" }, caption, passageBlock(evidence));
}

/** The explanation and every evidence passage, under one heading ("Why", or a poll's discussion prompt). */
/** What a reveal explains: the hub's reveal details, or the same words of a practice reveal or a student's results. */
type Explained = Omit<RevealDetails, "evidence"> & { evidence: EvidencePassage[] };

export function explanationSection(payload: Explained | null, headingLevel: "h2" | "h3" = "h3", title = t("evidence.why")): HTMLElement | null {
  if (!payload) return null;
  const section = el("section", { className: "explanation", attrs: { "aria-label": title } });
  section.append(el(headingLevel, { text: title }), el("p", { className: "explanation-text", text: payload.explanation, attrs: authored }));
  if (payload.evidence.length > 0) {
    section.append(el(headingLevel, { text: payload.evidence.length === 1 ? t("evidence.one") : t("evidence.many") }));
    for (const item of payload.evidence) section.append(evidenceItem(item));
  }
  return section;
}
