// An approval-style suite over a folder of notes, each beside the reading its author wrote
// before the detector ran on it: the notes read exactly as expected are listed by what they
// are not (the known misses, each with why), so a change that breaks a note, or mends a
// known miss, fails until the list says so.
import { describe, expect, it } from "vitest";
import { corpusDocuments, formatCorpusScore } from "../../real/corpus";
import { runCorpus } from "../../real/run-corpus";

export interface ApprovedNotes {
	/** What the folder holds, for the suite's name. */
	title: string;
	folder: string;
	/** At least this many notes, and this many of them comparing nothing. */
	notes: number;
	comparingNothing: number;
	/** The notes still read wrong, and why no general rule mends them yet. */
	knownMisses: Record<string, string>;
	/** The lowest name precision accepted over the folder. */
	precision: number;
}

export function describeApprovedNotes(suite: ApprovedNotes): void {
	describe(suite.title, () => {
		it("has its notes, each with a reading", () => {
			const documents = corpusDocuments(suite.folder);
			expect(documents.length).toBeGreaterThanOrEqual(suite.notes);
			expect(documents.filter((d) => d.expected.frameworks.length === 0).length).toBeGreaterThanOrEqual(suite.comparingNothing);
		});

		it("reads every note as its author did, but the known misses", async () => {
			const score = await runCorpus(suite.folder);
			const summary = formatCorpusScore(score, false);
			const misses = score.scores.filter((s) => !s.exact).map((s) => s.name);
			expect(misses, summary).toEqual(Object.keys(suite.knownMisses).sort());
			expect(score.precision, summary).toBeGreaterThanOrEqual(suite.precision);
		}, 30_000);
	});
}
