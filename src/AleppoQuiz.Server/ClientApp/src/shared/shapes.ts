// Each answer position has a colour, a shape and a name, so an option can be told apart by any one of them:
// colour alone fails for colour-blind players and on washed-out projectors.

export interface OptionStyle {
  name: string;
  className: string;
}

const styles: OptionStyle[] = [
  { name: "triangle", className: "opt-triangle" },
  { name: "diamond", className: "opt-diamond" },
  { name: "circle", className: "opt-circle" },
  { name: "square", className: "opt-square" },
  { name: "star", className: "opt-star" },
  { name: "hexagon", className: "opt-hexagon" },
];

export function optionStyle(position: number): OptionStyle {
  return styles[position % styles.length] ?? { name: "triangle", className: "opt-triangle" };
}

const svgNs = "http://www.w3.org/2000/svg";

const paths: Record<string, string> = {
  triangle: "M12 3 L22 20 L2 20 Z",
  diamond: "M12 2 L22 12 L12 22 L2 12 Z",
  square: "M4 4 H20 V20 H4 Z",
  star: "M12 2 L14.9 8.6 L22 9.3 L16.6 14 L18.2 21 L12 17.3 L5.8 21 L7.4 14 L2 9.3 L9.1 8.6 Z",
  hexagon: "M7 3 H17 L22 12 L17 21 H7 L2 12 Z",
};

/** The shape as a decorative inline SVG; the option's name is given to screen readers separately. */
export function shapeIcon(position: number): SVGSVGElement {
  const name = optionStyle(position).name;
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "shape");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  if (name === "circle") {
    const circle = document.createElementNS(svgNs, "circle");
    circle.setAttribute("cx", "12");
    circle.setAttribute("cy", "12");
    circle.setAttribute("r", "10");
    svg.appendChild(circle);
  } else {
    const path = document.createElementNS(svgNs, "path");
    path.setAttribute("d", paths[name] ?? paths["square"] ?? "");
    svg.appendChild(path);
  }
  return svg;
}
