// `| Éditeur | Forces | Faiblesses |` over `VS Code | ✅ Rapide, extensions variées | ❌ Consommation
// mémoire élevée`: a line whose every answer opens with a yes-mark and goes on in words, beside a
// line whose every answer opens with a no-mark, holds what is good and what is bad about each
// thing; the lines are the two sides of a judgement (pros and cons, forces and weaknesses, in any
// language), and the things judged stand on the other side. A grid of marks answering a question
// per thing varies along the things (one has a feature, another lacks it) and writes its marks
// bare or nearly; a line that says yes to every thing with a reason each is a verdict's half.
// Read from the cell reader's marks and the words after them alone.
import type { NoteContext } from "./context";
import { type Side, linesAlong } from "./facts";
import type { AxisRule } from "./rule";
import { wordCount } from "./words";

/** The fewest answers a line needs: two things judged say little of a pattern. */
const FEWEST = 2;
/** Words after the mark, on the mean, that make an answer a reason and not a bare mark. */
const REASON_WORDS = 2;

/** Whether every filled cell of the line is a mark of one polarity followed by words: that polarity, else null. */
function polarityOf(cells: readonly string[], note: NoteContext): boolean | null {
	let polarity: boolean | null = null;
	let filled = 0;
	let words = 0;
	for (const text of cells) {
		const value = note.readCell(text);
		if (value.kind === "missing") continue;
		if (value.kind !== "check" || value.value === "partial") return null;
		if (polarity !== null && value.value !== polarity) return null;
		polarity = value.value;
		filled++;
		words += Math.max(0, wordCount(text) - 1);
	}
	return filled >= FEWEST && words >= filled * REASON_WORDS ? polarity : null;
}

export const judgedLines: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	for (const things of ["rows", "columns"] as const) {
		// The lines that run along the things: columns when the things are down the rows.
		const lines = linesAlong(group, things);
		let good = false;
		let bad = false;
		for (const line of lines) {
			const polarity = polarityOf(line, note);
			if (polarity === true) good = true;
			else if (polarity === false) bad = true;
		}
		if (!good || !bad) continue;
		const other: Side = things === "rows" ? "columns" : "rows";
		const reason = "one line says yes to every thing with a reason, another no: the two halves of a verdict on each";
		return [
			{ side: things, evidence: { rule: "judged-lines", score: 1.5, reason } },
			{ side: other, evidence: { rule: "judged-lines", score: -1.5, reason } },
		];
	}
	return [];
};
