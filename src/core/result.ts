/** What every parser in core returns instead of throwing. */
export type Result<T, I> = { ok: true; value: T } | { ok: false; issues: I[] };

/** Something wrong in a note, as the user sees it: a 1-based line and a sentence. */
export interface Problem {
	line: number;
	message: string;
}
