// Projector screens are read from the back of the room and the teacher must never scroll in front of the class:
// a screen is drawn at its full size, then shrunk in small steps (CSS zoom) until the page fits the window, down to
// a floor below which text would be too small to read; a resized window fits again.
const floor = 0.5;
const step = 0.05;
let fitted: HTMLElement | null = null;

function overflows(): boolean {
  const root = document.documentElement;
  return root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth;
}

function apply(): void {
  if (!fitted?.isConnected) return;
  fitted.style.zoom = "";
  let zoom = 1;
  while (zoom > floor && overflows()) {
    zoom = Math.max(floor, Math.round((zoom - step) * 100) / 100);
    fitted.style.zoom = String(zoom);
  }
}

/** Fits `screen` to the window now and whenever the window is resized; `null` stops fitting. */
export function fitToWindow(screen: HTMLElement | null): void {
  fitted = screen;
  apply();
}

window.addEventListener("resize", apply);
