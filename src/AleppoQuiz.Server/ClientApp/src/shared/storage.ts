// Browser storage that never throws: private modes and full quotas must not break the game, they only lose the
// ability to survive a refresh.

export function load<T>(storage: Storage, key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function save(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Without storage a refresh starts over; the game itself goes on.
  }
}

export function forget(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** A game PIN together with the secret that proves who this browser is in that game. */
export interface GameTicket {
  pin: string;
  secret: string;
}

export function isTicket(value: unknown): value is GameTicket {
  if (typeof value !== "object" || value === null) return false;
  const ticket = value as Record<string, unknown>;
  return typeof ticket["pin"] === "string" && typeof ticket["secret"] === "string";
}
