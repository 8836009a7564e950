import { sideLabels, type Side } from "./facts";
import { normalizeName } from "./names";
import type { NoteContext } from "./context";
import { keyComesBack } from "./long-form";
import type { AxisRule } from "./rule";

/**
 * Whether each label that repeats does so in one run (`SQLite (Disk)` four times, then
 * `Redis` four times), none of them a missing mark (`-`): one thing's rows over the cases it
 * was run in, which a benchmark's log writes so. Scenarios and categories come back among
 * one another; a thing's runs may too, so a run only weakens the doubt.
 */
function inRuns(labels: readonly string[], note: NoteContext): boolean {
	if (keyComesBack(labels)) return false;
	for (let i = 1; i < labels.length; i++) if (labels[i] === labels[i - 1] && note.readCell(labels[i] as string).kind === "missing") return false;
	return true;
}

/**
 * The things compared are listed once each; a side whose labels repeat
 * ("install", "install") holds scenarios or categories, so the compared names
 * are on the other side. Not so in a long-form table (`GroupFacts.cases`, see
 * ./long-form.ts): there the things repeat once per case by the table's shape.
 */
export const repeatedLabels: AxisRule = (group, note) =>
	(["rows", "columns"] as Side[]).flatMap((side) => {
		if (side === "rows" && group.cases !== undefined) return [];
		const labels = sideLabels(group, side)
			.map((cell) => normalizeName(cell.text))
			.filter((text) => text !== "");
		if (labels.length < 3) return [];
		const distinct = new Set(labels).size / labels.length;
		if (distinct >= 0.8) return [];
		const reason = `only ${Math.round(distinct * 100)}% of its labels differ`;
		const runs = inRuns(labels, note);
		return [
			{ side, evidence: { rule: "repeated-labels", score: runs ? -0.5 : -2, reason: runs ? `${reason}, each in one run` : reason } },
			{ side: side === "rows" ? "columns" : "rows", evidence: { rule: "repeated-labels", score: 0.5, reason: `the other side's labels repeat` } },
		];
	});
