// The quiz as last saved, and the one way edits reach the server: one at a time, each with the version it was
// made on. A 409 means someone saved in between; it is reported, never retried over their work.
import { api, ApiError } from "../shared/api";
import type { QuizDetail } from "../contract/http";

export type Method = "POST" | "PUT" | "DELETE";

export class QuizStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    public quiz: QuizDetail,
    private readonly changed: (quiz: QuizDetail) => void,
    private readonly conflict: (error: ApiError) => void,
  ) {}

  get path(): string {
    return `/api/quizzes/${encodeURIComponent(this.quiz.id)}`;
  }

  /**
   * Sends one edit; `request` builds it from the version current when its turn comes, so edits made in quick
   * succession (two clicks on "Move up") do not conflict with each other.
   */
  edit(request: (version: number) => { method: Method; path: string; body?: object }): Promise<QuizDetail> {
    const run = async (): Promise<QuizDetail> => {
      const { method, path, body } = request(this.quiz.version);
      try {
        const quiz = await api<QuizDetail>(method, path, body);
        this.quiz = quiz;
        this.changed(quiz);
        return quiz;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) this.conflict(error);
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Loads the quiz as saved now, for a teacher who chose to reload after a conflict. */
  async reload(): Promise<QuizDetail> {
    this.quiz = await api<QuizDetail>("GET", this.path);
    this.changed(this.quiz);
    return this.quiz;
  }
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
