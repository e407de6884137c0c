// The report endpoints' shapes and one fetch helper: a refusal becomes an Error carrying the server's sentence.
import { toApiError } from "../shared/api";
import { formatDecimal, formatPercent, t } from "../shared/i18n";


export async function getJson<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json", ...headers } });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export function percent(value: number | null): string {
  return value === null ? "–" : formatPercent(value);
}

export function seconds(ms: number | null): string {
  return ms === null ? "–" : t("common.seconds", { s: formatDecimal(ms / 1000) });
}

export { skillName } from "../shared/authoring";
