// How an option looks wherever it appears (answer button, order row, bar chart, correct answer): the shape and
// colour of its display position, its shape's name for screen readers, then its text.
import { el, srOnly } from "./dom";
import { kindTexts } from "./kindtexts";
import { optionStyle, shapeIcon } from "./shapes";

export function optionLabel(position: number, text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const name = optionStyle(position).name;
  fragment.append(
    shapeIcon(position),
    srOnly(`${name[0]?.toUpperCase() ?? ""}${name.slice(1)}: `),
    el("span", { className: "option-text", text }),
  );
  return fragment;
}

/** The option's colour class for its display position. */
export function optionClass(position: number): string {
  return optionStyle(position).className;
}

export function questionCounter(index: number, total: number): HTMLParagraphElement {
  return el("p", { className: "counter", text: `Question ${index + 1} of ${total}` });
}

export function kindHint(kind: string): string {
  switch (kind) {
    case "multi":
      return "Pick every answer that is right, then submit.";
    case "order":
      return "Put the answers in order, first at the top, then submit.";
    case "true-false":
      return "True or false?";
    case "type-answer":
      return kindTexts.typeLabel;
    case "poll":
      return kindTexts.pollLabel;
    default:
      return "Pick one answer.";
  }
}
