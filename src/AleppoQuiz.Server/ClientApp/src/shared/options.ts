// How an option looks wherever it appears (answer button, order row, bar chart, correct answer): the shape and
// colour of its display position, its shape's name for screen readers, then its text.
import { authored, el, srOnly } from "./dom";
import { t, type Key } from "./i18n";
import { optionStyle, shapeIcon } from "./shapes";

// Each shape's name for screen readers, in the reader's language.
const shapeNames: Record<string, Key> = {
  triangle: "shape.triangle",
  diamond: "shape.diamond",
  circle: "shape.circle",
  square: "shape.square",
  star: "shape.star",
  hexagon: "shape.hexagon",
};

export function optionLabel(position: number, text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const name = optionStyle(position).name;
  fragment.append(
    shapeIcon(position),
    srOnly(`${t(shapeNames[name] ?? "shape.triangle")}: `),
    el("span", { className: "option-text", text, attrs: authored }),
  );
  return fragment;
}

/** The option's colour class for its display position. */
export function optionClass(position: number): string {
  return optionStyle(position).className;
}

export function questionCounter(index: number, total: number): HTMLParagraphElement {
  return el("p", { className: "counter", text: t("question.counter", { n: index + 1, total }) });
}

export function kindHint(kind: string): string {
  switch (kind) {
    case "multi":
      return t("kind.multi");
    case "order":
      return t("kind.order");
    case "true-false":
      return t("kind.trueFalse");
    case "type-answer":
      return t("kind.typeLabel");
    case "poll":
      return t("kind.pollLabel");
    case "find-evidence":
      return t("evidence.kindLabel");
    default:
      return t("kind.single");
  }
}
