// A countdown drawn every quarter second but announced to screen readers only every five seconds and in the
// last five, so the timer informs without drowning out everything else the reader has to say.
import { formatNumber } from "./i18n";

const tickMs = 250;

/** The visible number; hidden from screen readers, which hear the sparser live announcements instead. */
export function timerElement(): HTMLElement {
  const timer = document.createElement("span");
  timer.className = "timer";
  timer.setAttribute("aria-hidden", "true");
  return timer;
}

export function shouldAnnounce(second: number): boolean {
  return second > 0 && (second <= 5 || second % 5 === 0);
}

export class Countdown {
  private timer: ReturnType<typeof setInterval> | null = null;
  private endsAt = 0;
  private lastSecond = -1;
  private display: HTMLElement | null = null;

  /** @param live a polite live region that outlives the views, or null for a silent countdown */
  constructor(
    private readonly live: HTMLElement | null,
    /** The sentence a screen reader hears for a number of seconds, such as "5 seconds left". */
    private readonly announcement: (seconds: number) => string,
  ) {}

  /** Counts down from `remainingMs` as measured now: the server's reckoning, independent of this device's clock. */
  start(display: HTMLElement, remainingMs: number): void {
    this.stop();
    this.display = display;
    this.endsAt = performance.now() + Math.max(0, remainingMs);
    this.lastSecond = -1;
    this.draw();
    this.timer = setInterval(() => this.draw(), tickMs);
  }

  /** Shows a frozen value, for a paused game. */
  freeze(display: HTMLElement, remainingMs: number): void {
    this.stop();
    this.display = display;
    display.textContent = formatNumber(Math.ceil(Math.max(0, remainingMs) / 1000));
    display.dataset["paused"] = "true";
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private draw(): void {
    const remaining = Math.max(0, this.endsAt - performance.now());
    const second = Math.ceil(remaining / 1000);
    if (second === this.lastSecond) return;
    this.lastSecond = second;
    if (this.display) {
      this.display.textContent = formatNumber(second);
      delete this.display.dataset["paused"];
      this.display.classList.toggle("urgent", second <= 5);
    }
    if (this.live && shouldAnnounce(second)) {
      this.live.textContent = this.announcement(second);
    }
    if (remaining <= 0) this.stop();
  }
}
