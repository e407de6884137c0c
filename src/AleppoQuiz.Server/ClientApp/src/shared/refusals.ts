// What a refusal says to the reader. The server sends a code and an English sentence (a hub "code: sentence"
// error, or ProblemDetails with `code` and `detail`). In English the server's own sentence is shown: it is the
// most specific. In another language the catalogue's sentence for the code is shown ("refusal.<code>"), and
// when the code is new to this page, the catalogue's sentence for the HTTP status; never English in an Arabic page.
import { hasKey, language, t } from "./i18n";

export function refusalSentence(code: string | undefined, serverSentence: string, status = 0): string {
  const key = code ? `refusal.${code}` : "";
  if (language === "en") return serverSentence || (hasKey(key) ? t(key) : statusSentence(status));
  if (hasKey(key)) return t(key);
  return statusSentence(status);
}

/** A sentence for a failed request that carries no code of its own. */
export function statusSentence(status: number): string {
  if (status === 0) return t("http.unreachable");
  if (status === 401) return t("http.401");
  if (status === 403) return t("http.403");
  if (status === 404) return t("http.404");
  if (status === 409) return t("http.409");
  if (status === 429) return t("http.429");
  if (status >= 400 && status < 500) return t("http.400");
  return t("http.other", { status: String(status) });
}
