// A thin wrapper over the SignalR connection: one place for the hub URL, reconnect policy and the
// "code: sentence" error format, so the views deal only in protocol messages.
import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { t } from "./i18n";
import { refusalSentence } from "./refusals";
import type { HubEvents, HubMethods } from "../contract/hub";

/** A call the server refused: `code` is for the program, `sentence` is for people. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly sentence: string,
  ) {
    super(`${code}: ${sentence}`);
    this.name = "Refusal";
  }
}

const codePattern = /^([a-z]+(?:-[a-z]+)*): ([\s\S]+)$/;

/**
 * SignalR prefixes a HubException's message with "An unexpected error occurred invoking 'X' on the server.
 * HubException: ", so the protocol's own text is what follows the last "HubException: ".
 */
export function toRefusal(error: unknown): Refusal {
  const raw = error instanceof Error ? error.message : String(error);
  // The hub's [Authorize] refusal has no protocol code: the teacher's sign-in cookie expired or was never there.
  if (/because user is unauthorized/i.test(raw)) {
    return new Refusal("signed-out", t("refusal.signed-out"));
  }
  const marker = "HubException: ";
  const at = raw.lastIndexOf(marker);
  const message = at >= 0 ? raw.slice(at + marker.length) : raw;
  const match = codePattern.exec(message.trim());
  if (match?.[1] && match[2]) {
    return new Refusal(match[1], refusalSentence(match[1], match[2]));
  }
  return new Refusal("connection", t("refusal.connection"));
}

/** Any failure as a refusal with a sentence to show, whatever threw it. */
export function asRefusal(error: unknown): Refusal {
  return error instanceof Refusal ? error : toRefusal(error);
}

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "disconnected";

export interface GameHubEvents {
  /** After an automatic reconnect: the connection is new, so the page must bind it to its game again. */
  onReconnected(): void;
  onStatus(status: ConnectionStatus): void;
}

export class GameHub {
  private readonly connection: HubConnection;
  private starting: Promise<void> | null = null;

  constructor(events: GameHubEvents) {
    this.connection = new HubConnectionBuilder()
      .withUrl("/hubs/game")
      // Keep trying for a classroom's worth of flaky Wi-Fi: quickly at first, then every 10 s.
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => [0, 1000, 2000, 5000][ctx.previousRetryCount] ?? 10000 })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.onreconnecting(() => events.onStatus("reconnecting"));
    this.connection.onreconnected(() => {
      events.onStatus("connected");
      events.onReconnected();
    });
    this.connection.onclose(() => events.onStatus("disconnected"));
  }

  /** Registers a handler for a server message, typed by the generated contract of the hub. */
  on<K extends keyof HubEvents>(message: K, handler: (...args: HubEvents[K]) => void): void {
    this.connection.on(message, handler as (...args: unknown[]) => void);
  }

  async start(): Promise<void> {
    if (this.connection.state === HubConnectionState.Connected) return;
    this.starting ??= this.connection.start().finally(() => (this.starting = null));
    await this.starting;
  }

  /** Invokes a hub method; a refusal or a broken connection is thrown as a {@link Refusal}. */
  async invoke<K extends keyof HubMethods>(method: K, ...args: HubMethods[K]["args"]): Promise<HubMethods[K]["result"]> {
    try {
      await this.start();
      return await this.connection.invoke(method, ...args);
    } catch (error) {
      throw toRefusal(error);
    }
  }

  async stop(): Promise<void> {
    await this.connection.stop();
  }
}
