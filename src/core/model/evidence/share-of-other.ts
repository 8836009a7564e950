// A benchmark writes a value beside its share of another value: `3988.446 (60.93%)` in the
// row of `6546.282`, `831 (-31.89%)` in the column of `1,220`, `0.167s (2.04x)` under
// `0.082s`. A share is taken of the same measure of another thing, so the value it is taken
// of stands on the line that runs across the things compared: in the same row when the
// things are the header's, in the same column when they are the rows'. Which one holds is
// arithmetic, in any language and whatever the labels look like (`| jdk version | jsonb |
// fury |`, lower-case library names over versions that look as much like names).
//
// Only the cells that write a share are read, and a share that divides out against values
// on one side's lines only is evidence: where both kinds of line explain the shares (a row
// and a column of one value), the rule says nothing.
import type { GroupFacts, Side } from "./facts";
import type { AxisRule } from "./rule";

/**
 * A share in brackets closing the cell: `(60.93%)`, `(-31.89%)`, `(+4%)`, `(2.04x)`. A signed
 * percentage is a change from the other value, an unsigned one a part of it, `x` a multiple.
 */
const SHARE = /[(（]\s?([+\-−]?)(\d{1,6}(?:\.(\d{1,4}))?) ?(%|[x×])\s?[)）]$/u;

/** At most this many shares are checked: enough to tell the two sides apart, and linear in the table's size. */
const CHECKED = 200;

/** The least share of the checked shares that one side must explain. */
const EXPLAINED = 0.75;

interface Share {
	/** The other value divided by this one, or this one by the other: a share is written either way. */
	ratio: number;
	/** How far the written ratio may be from the values' own, for the digits it is written with. */
	slack: number;
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
		return ratio > 0 ? { ratio, slack: half / 100 + ratio * 0.002 } : null;
	}
	if (sign !== "" || amount === 0) return null;
	return { ratio: amount, slack: half + amount * 0.002 };
}

const fits = (share: Share, value: number, other: number): boolean =>
	other > 0 && (Math.abs(value / other - share.ratio) <= share.slack || Math.abs(other / value - share.ratio) <= share.slack);

/**
 * The side whose labels the shares in a table's value cells say are the things compared, or
 * null; `numberOf` reads a cell's number (null for none). At most CHECKED shares are checked,
 * each against its row and its column, so the time grows with the table's size.
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
	if (shares.length < 2) return null;
	const values = body.map((row) => row.map((text) => (text.trim() === "" ? null : numberOf(text))));
	let checked = 0;
	let inRow = 0;
	let inColumn = 0;
	for (const { i, j, share } of shares) {
		const value = values[i]?.[j];
		if (value == null) continue;
		checked++;
		const fitsOther = (other: number | null | undefined) => other != null && fits(share, value, other);
		if ((values[i] as (number | null)[]).some((other, k) => k !== j && fitsOther(other))) inRow++;
		if (values.some((other, k) => k !== i && fitsOther(other[j]))) inColumn++;
	}
	if (checked < 2) return null;
	// A share explained along the rows sets the things across the header, and the other way round.
	if (inRow >= checked * EXPLAINED && inColumn * 2 <= inRow) return "columns";
	if (inColumn >= checked * EXPLAINED && inRow * 2 <= inColumn) return "rows";
	return null;
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
