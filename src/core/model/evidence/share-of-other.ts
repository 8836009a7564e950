// A benchmark writes a value beside its share of another value: `7301.831 (279.5%)` in the
// row of `2612.461`, `831 (-31.89%)` in the column of `1,220`, `0.167s (2.04x)` under
// `0.082s`. Such a share is taken of a baseline, the best or the worst of the things
// measured on one criterion, so the value it is taken of stands on the line that runs
// across the things compared: in the same row when the things are the header's, in the
// same column when they are the rows'. Which one holds is arithmetic, in any language and
// whatever the labels look like (`| jdk version | jsonb | fury |`, lower-case library names
// over versions that look as much like names).
//
// Two other shares divide out the same way and are passed over. A change from the line
// before (`1100 (+10%)` under `1000`, a month's growth) is taken of a neighbour, not of the
// line's best or worst, so only a share of the line's largest or smallest value counts. A
// part of a whole (`190 (95%)` beside `200` tests) is a share of one thing's other measure:
// where every share is a percentage of 100 or less, parts and ratios cannot be told apart,
// and the rule says nothing. Where both kinds of line explain the shares, it says nothing too.
import type { GroupFacts, Side } from "./facts";
import type { AxisRule } from "./rule";

/**
 * A share in brackets closing the cell: `(60.93%)`, `(-31.89%)`, `(+4%)`, `(2.04x)`. A signed
 * percentage is a change from the other value, an unsigned one a part of it, `x` a multiple.
 */
const SHARE = /[(（]\s?([+\-−]?)(\d{1,6}(?:\.(\d{1,4}))?) ?(%|[x×])\s?[)）]$/u;

/** At most this many shares are checked: enough to tell the two sides apart. */
const CHECKED = 200;

/** The least share of the checked shares that one side must explain. */
const EXPLAINED = 0.75;

interface Share {
	/** The other value divided by this one, or this one by the other: a share is written either way. */
	ratio: number;
	/** How far the written ratio may be from the values' own, for the digits it is written with. */
	slack: number;
	/** An unsigned percentage of 100 or less: as much a part of a whole as a share of a baseline. */
	part: boolean;
}

function readShare(text: string): Share | null {
	const match = SHARE.exec(text.trim());
	if (!match) return null;
	const [, sign, digits, decimals, unit] = match as unknown as [string, string, string, string | undefined, string];
	const amount = Number(digits);
	const places = decimals?.length ?? 0;
	// Half the last written digit, and some of the rounding of the values themselves.
	const half = 0.5 * 10 ** -places;
	if (unit === "%") {
		const change = sign === "" ? null : sign === "+" ? 1 : -1;
		const ratio = change === null ? amount / 100 : 1 + (change * amount) / 100;
		return ratio > 0 ? { ratio, slack: half / 100 + ratio * 0.002, part: change === null && ratio <= 1 } : null;
	}
	if (sign !== "" || amount === 0) return null;
	return { ratio: amount, slack: half + amount * 0.002, part: false };
}

const fits = (share: Share, value: number, other: number): boolean =>
	other > 0 && (Math.abs(value / other - share.ratio) <= share.slack || Math.abs(other / value - share.ratio) <= share.slack);

/**
 * The side whose labels the shares in a table's value cells say are the things compared, or
 * null; `numberOf` reads a cell's number (null for none). Each share is checked against the ends
 * of its row and its column, worked out in one pass: the time grows with the table's size.
 */
export function sharedSide(body: readonly (readonly string[])[], numberOf: (text: string) => number | null): Side | null {
	// Most tables write no share: find the shares first, and read the table's numbers only for one that does.
	const shares: { i: number; j: number; share: Share }[] = [];
	for (let i = 0; i < body.length && shares.length < CHECKED; i++) {
		const row = body[i] as readonly string[];
		for (let j = 0; j < row.length && shares.length < CHECKED; j++) {
			const share = readShare(row[j] as string);
			// A share of one is every value's of itself: it says nothing of where the other stands.
			if (share !== null && Math.abs(share.ratio - 1) > share.slack) shares.push({ i, j, share });
		}
	}
	if (shares.length < 2 || shares.every(({ share }) => share.part)) return null;
	const values = body.map((row) => row.map((text) => (text.trim() === "" ? null : numberOf(text))));
	// The largest and smallest value of each row and column: a share is taken of one of them.
	const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
	const rowEnds = values.map((row) => endsOf(row));
	const columnEnds = Array.from({ length: width }, (_, j) => endsOf(values.map((row) => row[j] ?? null)));
	let checked = 0;
	let inRow = 0;
	let inColumn = 0;
	for (const { i, j, share } of shares) {
		const value = values[i]?.[j];
		if (value == null) continue;
		checked++;
		if (takenOfEnd(share, value, rowEnds[i] as Ends)) inRow++;
		if (takenOfEnd(share, value, columnEnds[j] as Ends)) inColumn++;
	}
	if (checked < 2) return null;
	// A share explained along the rows sets the things across the header, and the other way round.
	if (inRow >= checked * EXPLAINED && inColumn * 2 <= inRow) return "columns";
	if (inColumn >= checked * EXPLAINED && inRow * 2 <= inColumn) return "rows";
	return null;
}

interface Ends {
	least: number | null;
	most: number | null;
}

function endsOf(line: readonly (number | null | undefined)[]): Ends {
	let least: number | null = null;
	let most: number | null = null;
	for (const value of line) {
		if (value == null || value <= 0) continue;
		if (least === null || value < least) least = value;
		if (most === null || value > most) most = value;
	}
	return { least, most };
}

/** Whether the share divides out against the line's largest or smallest value, the share's own cell apart. */
function takenOfEnd(share: Share, value: number, { least, most }: Ends): boolean {
	return (most !== null && most !== value && fits(share, value, most)) || (least !== null && least !== value && fits(share, value, least));
}

/** The key of each table's answer in the note's memo: the rule is asked again on every pass. */
const SHARED_SIDES = {};

export const shareOfOther: AxisRule = (group: GroupFacts, note) => {
	if (group.kind !== "table" || group.rowLabels.length < 2 || group.columnLabels.length < 2) return [];
	const memo = note.memo.workedOut<GroupFacts, Side | null>(SHARED_SIDES);
	let side = memo.get(group);
	if (side === undefined) {
		side = sharedSide(group.body, (text) => {
			const value = note.readCell(text);
			return value.kind === "number" && value.value > 0 ? value.value : null;
		});
		memo.set(group, side);
	}
	if (side === null) return [];
	const line = side === "columns" ? "row" : "column";
	return [{ side, evidence: { rule: "share-of-other", score: 2, reason: `values are written as shares of other values in their ${line}: one measure of the things compared` } }];
};
