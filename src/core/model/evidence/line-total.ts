// `| Component | Quantity | Unit Price | Total |` over `Switches | 6 | $0.45 | $2.70`: where one
// column is, row after row, another column times a third, each row is a line of an order or a
// bill of materials (so many parts at so much each), and neither its items nor its columns are
// compared: a reader adds the lines up, never sets them side by side. Read from the numbers
// alone, in any language (`Anzahl | Preis | Gesamtpreis`, `数量 | 单价 | 金额`).
// The factors are a count and a price: whole numbers without a unit, and amounts of money or
// of no unit, written to the cent somewhere, with the total in the price's unit. A bandwidth per
// link times the links (`50 GB/s | 18 | 900 GB/s`), a time over a speed-up, a weight times a
// score are measures, not prices, and the things they measure are compared. Both factors must
// vary down the rows: a team's cost per plan (`Slack | 20 | $8.75 | $175`) multiplies every plan's
// price by the same seats, and compares the plans. And the prices must lie far apart, the dearest
// ten times the cheapest at least: a bill lists parts of every kind (a diode at two cents, a board
// at seven dollars), while alternatives are of one kind and priced alike (SSDs at 7 to 9 cents a
// GB, mesh kits at 99 to 150 dollars a node, plans at 8 to 20 dollars a seat, however many).
// A part priced by the pack (`4 | $2.95 | $2.95`) is let be: two thirds of the rows must
// multiply, and one at least must count more than one.
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import type { AxisRule } from "./rule";

/** Rows needed: two lines of a bill may multiply by chance. */
const FEWEST_ROWS = 3;
/** The rows and columns read: a bill shows its shape in its first lines, and the search tries every three columns. */
const READ_ROWS = 40;
const READ_COLUMNS = 12;
/** How far apart a bill's prices lie at least, dearest over cheapest. */
const PRICE_SPREAD = 10;
/** Prices are rounded to the cent: a product within half a per cent of the total is the total. */
const TOLERANCE = 0.005;

/** A cell's number and unit, or null when it holds no number. */
interface Amount {
	value: number;
	unit: string | null;
}

/** A unit of money: a currency sign (`$`, `€`, `¥`), alone or before a code (`$ AUD`), or a code (`USD`). */
const MONEY = /^(?:\p{Sc}(?: ?\p{Lu}{3})?|\p{Lu}{3})$/u;

/** The first rows' amounts, column by column. */
function amountsOf(group: GroupFacts, note: NoteContext): (Amount | null)[][] {
	const rows = group.body.slice(0, READ_ROWS);
	const width = Math.min(READ_COLUMNS, rows.reduce((widest, row) => Math.max(widest, row.length), 0));
	const columns: (Amount | null)[][] = [];
	for (let c = 0; c < width; c++) {
		columns.push(
			rows.map((row) => {
				const value = note.readCell(row[c] ?? "");
				return value.kind === "number" ? { value: value.value, unit: value.unit } : null;
			}),
		);
	}
	return columns;
}

/**
 * The column as counts of pieces: whole numbers without a unit, two values at least, on two thirds
 * of its numbers; a count with words after it (`1 set`, `1 für Batteriebetrieb`) is left out. Null
 * when the column counts nothing.
 */
function asCounts(column: readonly (Amount | null)[]): (Amount | null)[] | null {
	let first: number | null = null;
	let varies = false;
	let numbers = 0;
	let plain = 0;
	for (const amount of column) {
		if (amount === null) continue;
		numbers++;
		if (amount.unit !== null) continue;
		if (!Number.isInteger(amount.value) || amount.value < 0) return null;
		plain++;
		if (first === null) first = amount.value;
		else if (amount.value !== first) varies = true;
	}
	return varies && plain * 3 >= numbers * 2 ? column.map((amount) => (amount !== null && amount.unit === null ? amount : null)) : null;
}

/**
 * Whether a column holds prices: amounts of one unit, money or none, and not all whole (a price is
 * written to the cent somewhere), two values at least; the unit, or "" for none, else undefined.
 */
function priceUnit(column: readonly (Amount | null)[], whole: boolean): string | undefined {
	let unit: string | null | undefined;
	let fraction = false;
	let first: number | null = null;
	let varies = false;
	for (const amount of column) {
		if (amount === null) continue;
		if (unit === undefined) unit = amount.unit;
		else if (amount.unit !== unit) return undefined;
		if (!Number.isInteger(amount.value)) fraction = true;
		if (first === null) first = amount.value;
		else if (amount.value !== first) varies = true;
	}
	if (unit === undefined || !varies || (!whole && !fraction)) return undefined;
	if (!whole && !spread(column)) return undefined;
	if (unit !== null && !MONEY.test(unit)) return undefined;
	return unit ?? "";
}

/** Whether the column's dearest amount is PRICE_SPREAD times its cheapest above zero, or more. */
function spread(column: readonly (Amount | null)[]): boolean {
	let least = Number.POSITIVE_INFINITY;
	let most = 0;
	for (const amount of column) {
		if (amount === null || amount.value <= 0) continue;
		least = Math.min(least, amount.value);
		most = Math.max(most, amount.value);
	}
	return most >= least * PRICE_SPREAD;
}

/** Whether count times price gives total on two thirds of the rows holding all three, three rows at least, one of them more than one piece. */
function multiplies(count: readonly (Amount | null)[], price: readonly (Amount | null)[], total: readonly (Amount | null)[]): boolean {
	let rows = 0;
	let products = 0;
	let real = false;
	for (let i = 0; i < count.length; i++) {
		const x = count[i];
		const y = price[i];
		const z = total[i];
		if (!x || !y || !z) continue;
		rows++;
		if (z.value === 0 || Math.abs(x.value * y.value - z.value) > TOLERANCE * Math.abs(z.value)) continue;
		products++;
		if (x.value > 1) real = true;
	}
	return rows >= FEWEST_ROWS && products * 3 >= rows * 2 && real;
}

export const lineTotal: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < FEWEST_ROWS) return [];
	const columns = amountsOf(group, note);
	const pieces = columns.map(asCounts);
	const prices = columns.map((column) => priceUnit(column, false));
	const totals = columns.map((column) => priceUnit(column, true));
	for (let a = 0; a < columns.length; a++) {
		const count = pieces[a];
		if (!count) continue;
		for (let b = 0; b < columns.length; b++) {
			if (b === a || prices[b] === undefined) continue;
			for (let c = 0; c < columns.length; c++) {
				if (c === a || c === b || totals[c] !== prices[b]) continue;
				if (!multiplies(count, columns[b] as (Amount | null)[], columns[c] as (Amount | null)[])) continue;
				const labels = [a, b, c].map((i) => `"${group.columnLabels[i]?.text ?? i + 1}"`);
				const reason = `${labels[2]} is ${labels[0]} pieces at ${labels[1]} each, row by row: the lines of a bill, added up, not compared`;
				return [
					{ side: "rows", evidence: { rule: "line-total", score: -3, reason } },
					{ side: "columns", evidence: { rule: "line-total", score: -3, reason } },
				];
			}
		}
	}
	return [];
};
