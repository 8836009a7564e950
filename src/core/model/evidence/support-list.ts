// A support list: where the note's subject runs, each place with the lowest version
// of it that works. `| Tool | Version | Compatibility |` over `Node.js | v14+ | ✅ Full
// support`, `Deno | v2.0+ | ✅ Full support`; `| Browser | Version | Colors Supported |`
// over `Chrome | v20+ | TrueColor (16M)`. Every row gives the same answer in a column
// (all are supported) and differs only by a version floor: nothing sets the rows
// against each other, so they are no things compared. A comparison that states
// each thing's requirement (`| Library | Node | Size | Stars |` over `got | 18+ | 200 kB
// | 14k`) tells its things apart by more than one attribute, and keeps its reading.
import { type GroupFacts, type Side, lineOf, sideLabels } from "./facts";
import type { AxisRule } from "./rule";

/** The lowest release that works: `v14+`, `1.0.0-beta.8+`, `>= 3.10`, `≥ 11`. */
const FLOOR = /^(?:v?\d+(?:\.\d+){0,3}(?:-[\p{L}\d.]+)?\s*\+|(?:>=|≥)\s*v?\d+(?:\.\d+){0,3})$/iu;
/** A list this long at least. */
const AT_LEAST = 3;
/** Most of a line's values are floors. */
const FLOOR_SHARE = 2 / 3;
/** One answer fills this share of a line: every place gets it. */
const SAME_SHARE = 0.8;
/** Lines that still tell the places apart, beside the floors: a detail (the module formats each supports). */
const DETAILS = 1;

function filled(values: readonly string[]): string[] {
	return values.map((value) => value.trim()).filter((value) => value !== "");
}

/**
 * A line of floors, each the version of its own place: Node.js v14+, Deno v2.0+, Chrome v20+
 * are numbered apart, so more than half the floors differ. Floors that mostly repeat
 * (`18+`, `14+`, `18+`, `18+` under `Node`) are one platform's versions that each of the
 * things compared needs: a requirement stated per thing, as a comparison states it.
 */
function floors(values: readonly string[]): boolean {
	const written = filled(values);
	const found = written.filter((value) => FLOOR.test(value));
	return written.length >= AT_LEAST && found.length >= written.length * FLOOR_SHARE && new Set(found).size * 2 > found.length;
}

function oneAnswer(values: readonly string[]): boolean {
	const written = filled(values);
	const counts = new Map<string, number>();
	for (const value of written) counts.set(value, (counts.get(value) ?? 0) + 1);
	const most = Math.max(0, ...counts.values());
	return written.length >= AT_LEAST && most >= written.length * SAME_SHARE;
}

/** Whether the things down `side` differ only by a version floor, beside a line where all give one answer. */
function supportListOn(group: GroupFacts, side: Side): boolean {
	if (sideLabels(group, side).filter((cell) => cell.text.trim() !== "").length < AT_LEAST) return false;
	const across: Side = side === "rows" ? "columns" : "rows";
	let floorLines = 0;
	let same = 0;
	let telling = 0;
	const count = sideLabels(group, across).length;
	// Line by line, and no further than a second line that tells the places apart: a table of
	// 10,000 rows is no support list by its second row.
	for (let index = 0; index < count && telling <= DETAILS; index++) {
		const line = lineOf(group, across, index);
		if (floors(line)) floorLines++;
		else if (oneAnswer(line)) same++;
		else telling++;
	}
	return floorLines >= 1 && same >= 1 && telling <= DETAILS;
}

export const supportList: AxisRule = (group) => {
	if (group.kind !== "table") return [];
	return (["rows", "columns"] as Side[]).flatMap((side) =>
		supportListOn(group, side)
			? [{ side, evidence: { rule: "support-list", score: -1.5, reason: "every one gives the same answer and only a lowest working version (v14+) tells them apart: a support list, not things compared" } }]
			: [],
	);
};
