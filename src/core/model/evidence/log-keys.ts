import { type CellFacts, sideLabels } from "./facts";
import { seriesKey } from "./numbered-series";
import type { AxisRule } from "./rule";

/*
 * A log is kept by time: its rows are days, weeks, months, dates or times, in the order
 * they came (`Mon | Tue | Wed`, `2024-03-02 | 2024-03-20`, `Week 23 | Week 24 | Week 25`,
 * `Beta 4 | Beta 5 | Beta 6`). A side whose labels run as such a series is the keys of the
 * table, not things compared: nobody compares Monday with Tuesday, they log them. Products
 * carry names, not places in a calendar, and a product's releases are numbered as its
 * makers chose (`Node 18 | Node 20 | Node 22`), seldom one after another for three and more.
 *
 * The calendar's names come from `Intl.DateTimeFormat` in several languages, long and short,
 * not from a list written here.
 */

/** Languages whose weekday and month names are read; Intl spells them. */
const LOCALES = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja", "zh", "ko"];

type Cycle = "day" | "month";

/** Per cycle, a day's or month's name (lower case, no final dot) → its place in the cycle; -1 for a name two places share. */
let calendar: Record<Cycle, Map<string, number>> | null = null;

/** The weekday and month names of LOCALES, worked out once. A name may be a day in one language and a month in another ("mar"). */
function calendarNames(): Record<Cycle, Map<string, number>> {
	if (calendar) return calendar;
	const names: Record<Cycle, Map<string, number>> = { day: new Map(), month: new Map() };
	const add = (name: string, cycle: Cycle, place: number) => {
		const key = plain(name);
		if (key.length === 0) return;
		const known = names[cycle].get(key);
		names[cycle].set(key, known === undefined || known === place ? place : -1);
	};
	for (const locale of LOCALES) {
		for (const width of ["long", "short"] as const) {
			let days: Intl.DateTimeFormat;
			let months: Intl.DateTimeFormat;
			try {
				days = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
				months = new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" });
			} catch {
				continue;
			}
			// 2024-01-01 was a Monday: day 0 is Monday.
			for (let d = 0; d < 7; d++) add(days.format(Date.UTC(2024, 0, 1 + d)), "day", d);
			for (let m = 0; m < 12; m++) add(months.format(Date.UTC(2024, m, 15)), "month", m);
		}
	}
	calendar = names;
	return calendar;
}

/** Whether the text is the name of a weekday or a month in one of LOCALES ("Wed", "mercredi", "März"). */
export function isCalendarName(text: string): boolean {
	const names = calendarNames();
	const key = plain(text);
	return names.day.has(key) || names.month.has(key);
}

/** Lower case, without a final dot ("Mon.", "janv.") and outer spaces. */
function plain(text: string): string {
	const lower = text.trim().toLowerCase();
	return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * A date or a time written in digits: `2024-03-02`, `2024-03`, `02.03.2024`, `3/2/2024`,
 * `05:10`, `14:30:00`. Groups of digits apart by one mark of one kind; read in one pass.
 * Returns a number that orders the labels of one form, or null.
 */
export function dateKey(text: string): { form: string; order: number } | null {
	const trimmed = text.trim();
	if (trimmed.length === 0 || trimmed.length > 19) return null;
	const groups: string[] = [];
	let mark = "";
	let current = "";
	for (const char of trimmed) {
		if (char >= "0" && char <= "9") current += char;
		else if (char === "-" || char === "." || char === "/" || char === ":") {
			if (current === "" || (mark !== "" && char !== mark)) return null;
			mark = char;
			groups.push(current);
			current = "";
		} else return null;
	}
	if (current === "") return null;
	groups.push(current);
	if (groups.length < 2 || groups.length > 3) return null;
	const lengths = groups.map((g) => g.length).join("");
	const numbers = groups.map(Number);
	if (mark === ":") {
		// hh:mm or hh:mm:ss
		if (!groups.every((g) => g.length === 2) || (numbers[0] as number) > 24 || (numbers[1] as number) > 59) return null;
		return { form: `time${groups.length}`, order: numbers.reduce((total, n) => total * 60 + n, 0) };
	}
	// A year first (2024-03-02, 2024-03) or last (02.03.2024, 3/2/2024).
	if (lengths === "42" || lengths === "422") {
		const [year, month, day = 1] = numbers as [number, number, number?];
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
		return { form: `ymd${mark}`, order: (year * 13 + month) * 32 + day };
	}
	if (groups.length === 3 && (groups[2] as string).length === 4 && (groups[0] as string).length <= 2 && (groups[1] as string).length <= 2) {
		const [a, b, year] = numbers as [number, number, number];
		if (a < 1 || b < 1 || a > 31 || b > 31) return null;
		// Day and month are read in the order written; a log's order by year, then the rest.
		return { form: `dmy${mark}`, order: (year * 32 + b) * 32 + a };
	}
	return null;
}

/** Each step forward in the order, or each step back: the labels as a log lists them. */
function monotone(orders: readonly number[]): boolean {
	let up = true;
	let down = true;
	for (let i = 1; i < orders.length; i++) {
		const step = (orders[i] as number) - (orders[i - 1] as number);
		if (step <= 0) up = false;
		if (step >= 0) down = false;
	}
	return up || down;
}

/** At least three labels, so two that happen to look alike are no series. */
const LEAST = 3;

/** The labels that are not blank; all of them but one at most (a "Total", an "Average") must be keys. */
function texts(side: readonly CellFacts[]): string[] {
	return side.map((cell) => cell.text.trim()).filter((text) => text !== "");
}

/** Weekdays or months, in calendar order (wrapping once: `Fri | Sat | Sun | Mon`), each a step of one to three. */
function calendarSeries(labels: readonly string[]): string | null {
	const names = calendarNames();
	for (const cycle of ["day", "month"] as const) {
		const found = labels.map((label) => names[cycle].get(plain(label))).filter((place) => place !== undefined && place >= 0);
		if (found.length < LEAST || found.length < labels.length - 1) continue;
		const length = cycle === "day" ? 7 : 12;
		let travelled = 0;
		let ordered = true;
		for (let i = 1; i < found.length && ordered; i++) {
			const step = ((found[i] as number) - (found[i - 1] as number) + length) % length;
			ordered = step >= 1 && step <= 3;
			travelled += step;
		}
		if (ordered && travelled < length) return cycle === "day" ? "days of the week in order" : "months in order";
	}
	return null;
}

/** Dates or times of one form, in order. */
function dateSeries(labels: readonly string[]): string | null {
	const keys = labels.map(dateKey).filter((key) => key !== null);
	if (keys.length < LEAST || keys.length < labels.length - 1) return null;
	if (new Set(keys.map((key) => key.form)).size !== 1) return null;
	if (!monotone(keys.map((key) => key.order))) return null;
	return (keys[0] as { form: string }).form.startsWith("time") ? "times in order" : "dates in order";
}

/**
 * One word numbered one after another, not from one: `Week 23 | Week 24 | Week 25`, `Beta 4 |
 * Beta 5 | Beta 6`. A series counted from one is ./numbered-series' (a decision matrix's
 * `Option 1 | Option 2` stays compared); a stem spelled as a product is (`iPhone`, `GPT`,
 * capitals inside or all capitals) is a maker's numbering, left alone.
 */
function steppedSeries(labels: readonly string[]): string | null {
	const keys = labels.map(seriesKey).filter((key) => key !== null);
	if (keys.length < LEAST || keys.length < labels.length - 1) return null;
	if (new Set(keys.map((key) => key.stem)).size !== 1) return null;
	const numbers = keys.map((key) => key.number);
	if (Math.min(...numbers) <= 1) return null;
	for (let i = 1; i < numbers.length; i++) if (Math.abs((numbers[i] as number) - (numbers[i - 1] as number)) !== 1) return null;
	if (!monotone(numbers)) return null;
	if (!labels.every((label) => seriesKey(label) === null || PLAIN_WORD.test(stemAsWritten(label)))) return null;
	return "one word numbered one after another";
}

/** The label without its count and the mark before it, as written: "Week" of "Week 23". */
function stemAsWritten(label: string): string {
	let end = label.length;
	while (end > 0 && "0123456789 #_-".includes(label.charAt(end - 1))) end--;
	return label.slice(0, end);
}

/** A plain word, as a sentence writes it: an optional capital, then lower case only ("Week", "beta", "Sprint"). */
const PLAIN_WORD = /^\p{Lu}?\p{Ll}+(?: \p{Ll}+)*$/u;

const sides = new WeakMap<readonly CellFacts[], string | null>();

function logSeries(side: readonly CellFacts[]): string | null {
	let found = sides.get(side);
	if (found === undefined) {
		found = logSeriesOf(texts(side));
		sides.set(side, found);
	}
	return found;
}

/** How labels run as a log's keys (weekdays, months, dates or times in order, one word numbered on), or null. */
export function logSeriesOf(labels: readonly string[]): string | null {
	return calendarSeries(labels) ?? dateSeries(labels) ?? steppedSeries(labels);
}

export const logKeys: AxisRule = (group) =>
	(["rows", "columns"] as const).flatMap((side) => {
		const series = logSeries(sideLabels(group, side));
		if (series === null) return [];
		// A day's, a date's or a time's place is never a product; a stepped count only most likely is not one.
		const score = series === "one word numbered one after another" ? -1 : -1.5;
		return [{ side, evidence: { rule: "log-keys", score, reason: `${series}: the keys of a log, not things compared` } }];
	});
