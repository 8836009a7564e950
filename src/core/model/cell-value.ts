// What one cell of a table or chart holds, read once for detection, sorting
// and charts alike. The text is the cell's plain text (markup already
// removed); footnote markers at its end ("[^1]", "¹", "*", "†") are ignored.
//
// Decisions for ambiguous cells, made here and nowhere else:
// - Scale suffixes count only when they touch the number and no letter
//   follows: k/K = 1e3, m/M/mn = 1e6, b/B/bn = 1e9 ("12m" is 12 million,
//   "12ms" is 12 with the unit "ms", "12 m" is 12 with the unit "m").
// - Thousands groups must be whole and open with a digit other than 0
//   ("1,250"; "0,125" is no thousand).
// - A bare year ("2021") is a number; "2021-03" and "2021-03-04" are dates.
// - A European number is read where it cannot be read the English way: a
//   decimal comma ("12,5", "-0,25", "0,125", "1.250,5", "8,5 %"), or a unit or
//   currency after it ("11,9 kg", "449 €", "1.299,00 €", "12 000 ₽"). A comma
//   before exactly three digits after other digits ("1,250 €") may be either,
//   and stays text; without a unit, "1,250" is the English thousands.
// - "1.2" is a number; "1.2.3", "v2", "v1.2", "2.x" and "1.0.0-beta.10" are
//   versions ("V8", capital, is a name).
// - "4/5" and "8/10" are ratings (on five stars); "3/4" is text.
// - A number may carry up to three words of unit ("14,200 req/s") and one
//   parenthesised remark ("390 (est.)"); anything more is text. A unit that
//   touches the number is one short word ("12ms", "2.5x"; "1Password" is text), or a rate
//   against it ("80k/s" is 80,000 with the unit "/s"; "16m/s" is 16 with the unit "m/s").
// - ✓/✗/⚠ symbols, the status marks 🛑 🚫 🟢 🔶 ⌛ 🚧, their shortcodes, and the icons of
//   MkDocs Material's sets (`:material-check:`, `:fontawesome-solid-times:`, `:octicons-x-16:`)
//   decide a check whatever follows them ("✅ built in"); ❓ alone is
//   missing; the words yes/no/true/false/partial, and the same answers in the
//   languages notes are written in (ja/nein/teilweise, oui/non/partiel, sí/sim/não/
//   parcial, sì, nee/deels, nej/delvis, tak/nie/częściowo, да/нет/частично), "supported" and its kin
//   (支持/不支持/部分支持, 対応/非対応, 지원/미지원, unterstützt, поддерживается) and the marks of Japanese tables (◎ ○ yes, △ partly, × no), only
//   when they stand alone or before punctuation ("Yes, with a plugin", not
//   "No limit"; "× 2" is no mark).
// - A ratio followed by words ("11.7x slower") is text to sorting and charts,
//   since its words may turn it round ("2x faster" beside "2x slower");
//   `readRatio` reads the ratio itself ("1x", "11.7x slower", "4.0 ms (1.00x)")
//   for whatever asks what a table is measured against.
// - A number with the mark of the best after it, a space apart ("4.66M ★", "290k 🏆",
//   "12 ms 🥇"), is that number: the mark only says which row won. An arrow, a
//   warning or a cross after it ("8% ⬇️", "12 ms ⚠️") keeps it text.
//
// Every regular expression runs on text whose whitespace is already one
// space wide, with no two quantifiers that can trade characters, so reading
// stays linear in the cell's length.

export type CellValue =
	| { kind: "number"; value: number; unit: string | null }
	| { kind: "percent"; value: number }
	| { kind: "check"; value: boolean | "partial" }
	| { kind: "rating"; value: number }
	| { kind: "version"; value: string }
	| { kind: "date"; value: string }
	| { kind: "missing" }
	| { kind: "text"; value: string };

const MISSING = /^(?:n\/a|na|n\.a\.?|-+|—+|–+|\?+|[❓❔]\uFE0F?|:(?:grey_)?question:|…|\.\.\.|none|null|nil|tbd|tba|unknown)$/i;

const CHECK_SYMBOLS: readonly [string, boolean | "partial"][] = [
	["✓", true],
	["✔", true],
	["✅", true],
	["☑", true],
	["🗸", true],
	["✗", false],
	["✘", false],
	["❌", false],
	["❎", false],
	["✕", false],
	["✖", false],
	["⨯", false],
	// Status marks of feature tables ("🛑 not supported", "🔶 needs user code", "⌛ in progress").
	["🛑", false],
	["⛔", false],
	["🚫", false],
	["🔴", false],
	["🟢", true],
	["⚠", "partial"],
	["◐", "partial"],
	["🟡", "partial"],
	["🟠", "partial"],
	["🔶", "partial"],
	["🔸", "partial"],
	["⌛", "partial"],
	["⏳", "partial"],
	["🚧", "partial"],
];
const CHECK_SHORTCODES: Readonly<Record<string, boolean | "partial">> = {
	":heavy_check_mark:": true,
	":white_check_mark:": true,
	":ballot_box_with_check:": true,
	":x:": false,
	":heavy_multiplication_x:": false,
	":negative_squared_cross_mark:": false,
	":warning:": "partial",
	":no_entry:": false,
	":no_entry_sign:": false,
	":red_circle:": false,
	":green_circle:": true,
	":large_orange_diamond:": "partial",
	":hourglass:": "partial",
	":construction:": "partial",
};
const CHECK_WORD = /^(yes|no|true|false|partial|partially|supported|not supported|unsupported|partially supported|ja|nein|teilweise|unterstützt|nicht unterstützt|oui|non|partiel|partielle|partiellement|sí|sì|sim|não|parcial|parcialmente|nee|deels|nej|delvis|tak|nie|częściowo|да|нет|частично|поддерживается|не поддерживается|部分支持|不支持|支持|対応|非対応|未対応|一部対応|지원|미지원|부분 지원|◎|○|△|×)(?:$|[,;:.(（，。]| [(\-–—])/iu;
/** The answers of CHECK_WORD that say yes and no; the rest say partly. */
const CHECK_YES: ReadonlySet<string> = new Set(["yes", "true", "supported", "ja", "unterstützt", "oui", "sí", "sì", "sim", "tak", "да", "поддерживается", "支持", "対応", "지원", "◎", "○"]);
const CHECK_NO: ReadonlySet<string> = new Set(["no", "false", "not supported", "unsupported", "nein", "nicht unterstützt", "non", "não", "nee", "nej", "nie", "нет", "не поддерживается", "不支持", "非対応", "未対応", "미지원", "×"]);
const SHORTCODE = /^:[a-z0-9_+-]{1,40}:/;
/**
 * An icon of an icon set as MkDocs Material and its kin write them (`:material-check:`,
 * `:fontawesome-solid-times:`, `:octicons-x-16:`): the set, its style, the icon's name, a size.
 */
const ICON = /^:(?:material|fontawesome-(?:solid|regular)|octicons)-([a-z-]+?)(?:-\d+)?:$/;
/**
 * The icons' names that answer yes, no or partly, with or without a shape around them (`check-circle`,
 * `close-thick`). Logos (the brand and Simple Icons sets: `:simple-x:` is a logo) answer nothing, and
 * neither does a minus, which marks "not applicable" as often as "partly".
 */
const ICON_ANSWER = /^(?:(check|checkbox-marked|check-bold|square-check|circle-check)|(close|times|xmark|x|cross|circle-xmark|square-xmark|circle-x)|(alert|warning|triangle-exclamation|circle-half-full|circle-half))(?:-(?:circle|thick|bold|outline|fill|square|box))*$/;

function iconCheck(code: string): boolean | "partial" | undefined {
	const name = ICON.exec(code)?.[1];
	const answer = name === undefined ? null : ICON_ANSWER.exec(name);
	if (!answer) return undefined;
	return answer[1] !== undefined ? true : answer[2] !== undefined ? false : "partial";
}

const STARS = /^(?:[⭐🌟★☆✰½]|:star:| )+$/u;
const FRACTION_RATING = /^(\d+(?:\.\d+)?) ?\/ ?(5|10)$/;

const DATE = /^(\d{4})([-/])(\d{2})(?:\2(\d{2}))?$/;
const VERSION = /^(?:v\d+(?:\.\d+)*|\d+(?:\.\d+){2,}|\d+(?:\.\d+)*\.[xX*])(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

// A number: an optional "about" sign, currency, sign, digits with whole
// thousands groups, decimals, exponent, a touching scale suffix and "+"
// ("10k+"); what is left is read by REST.
const NUMBER = /^(?:[~≈≤≥<>±⭐]=? ?)?([$€£¥₹])?(?:([+\-−]) ?)?([$€£¥₹])?([1-9]\d{0,2}(?:,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?((?:mn|bn|[kKmMbB])(?!\p{L}))?\+?(.*)$/u;
// After the number: a percent sign, or up to three words of unit (the first may be a currency
// sign: "12.40 €"), then an optional margin of error ("466 ops/sec ±1.31%", as benchmark tools
// print), then a remark in parentheses.
const REST = /^ ?(?:(%)|((?:\p{Sc}|[\p{L}°×µ][\p{L}\p{N}°×µ/.²³·-]*)(?: [\p{L}°×µ][\p{L}\p{N}°×µ/.²³·-]*){0,2}))?(?: ?± ?\d[\d.,]*%?)?(?: ?\([^()]*\))?$/u;
// A margin of error written before the unit ("2.8±0.04µs", "1.2 ± 0.1 ms", as criterion and
// pytest-benchmark print): the unit, with the space before it if the margin had one. A margin in
// per cent ("± 1.37%") is relative to the value and read by REST, the value having no unit.
const MARGIN_BEFORE_UNIT = /^ ?± ?\d[\d.,]*( ?)([^\d.,\s%].*)$/u;
// A number written the European way, then maybe a percent sign, or one unit word or a currency
// sign and up to two words more ("12,5", "8,5 %", "11,9 kg", "1.299,00 €", "12 000 ₽", "62,90 € im Jahr").
const EUROPEAN = /^([+\-−] ?)?(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d+))?(?: ?(\p{Sc}|%|[\p{L}°µ][\p{L}°µ/²³]{0,7})((?: \p{L}+){0,2}))?$/u;
/** A unit "per" something touching the number: "/s", "/sec", "/op". */
const PER_UNIT = /^\/\p{L}[\p{L}.]{0,6}$/u;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, b: 1e9, B: 1e9, bn: 1e9 };

/** A Pandoc citation ending a cell: `[@key]`, `[-@key]`, `[@a; @b]`, `[@key, p. 3]`; no bracket inside. */
const CITATION = /^\[-?@[^[\]\n]*\]$/;
const CITATION_LENGTH = 80;

/** Marks a cell or a name may carry for a footnote ("Deno*", "Bun†", "Go¹"). */
export const FOOTNOTE_CHARS: ReadonlySet<string> = new Set(["*", "†", "‡", "§", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]);

/**
 * Where a reference mark at the text's end begins, or -1: Japanese and Chinese notes write
 * `※` (komejirushi), alone or numbered, for a footnote (`Pixel3 XL※2`, `12,3 GB※`).
 */
export function referenceMarkAt(text: string, end: number): number {
	let start = end;
	while (start > 0 && end - start < 3 && text.charCodeAt(start - 1) >= 0x30 && text.charCodeAt(start - 1) <= 0x39) start--;
	return start > 0 && text.charAt(start - 1) === "※" ? start - 1 : -1;
}

/**
 * Collapses whitespace (and "<br>" newlines) to single spaces and drops
 * trailing footnote markers. Works on an end index, so a cell of a hundred
 * thousand "*" is one pass, not a copy per marker.
 */
/** `'4 ± 0.59%'`: a value printed as a quoted string (Node's console.table) is that value. */
export function unquoted(cell: string): string {
	const quote = cell.charAt(0);
	if (cell.length < 2 || (quote !== "'" && quote !== '"') || !cell.endsWith(quote) || cell.indexOf(quote, 1) !== cell.length - 1) return cell;
	return cell.slice(1, -1).trim();
}

/** Printable ASCII, one space between words, none at either end: white space already as `clean` leaves it. */
function spacedOnce(text: string): boolean {
	let previous = 0x20;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code > 0x7e || (code === 0x20 && previous === 0x20)) return false;
		previous = code;
	}
	return previous !== 0x20;
}

function clean(text: string): string {
	const cell = unquoted(spacedOnce(text) ? text : text.replace(/\s+/g, " ").trim());
	let end = cell.length;
	for (;;) {
		while (end > 0 && cell.charAt(end - 1) === " ") end--;
		const last = cell.charAt(end - 1);
		if (FOOTNOTE_CHARS.has(last)) {
			end--;
			continue;
		}
		const mark = referenceMarkAt(cell, end);
		if (mark >= 0) {
			end = mark;
			continue;
		}
		if (last === "]") {
			// Looked for in the last characters only: a cell of a thousand marks is one pass, not a scan per mark.
			const from = Math.max(0, end - CITATION_LENGTH);
			const tail = cell.slice(from, end);
			// "[^1]", "[^note]": at most 40 characters, no spaces.
			const open = tail.length >= 4 ? tail.lastIndexOf("[^", tail.length - 4) : -1;
			if (open >= 0 && from + open >= end - 43 && !/[\s\]]/.test(tail.slice(open + 2, -1))) {
				end = from + open;
				continue;
			}
			// A Pandoc citation, as Zotero and the Pandoc plugins write them: "[@doe99]", "[@doe99, p. 33]", "[-@doe99]".
			const cited = tail.length >= 3 ? tail.lastIndexOf("[", tail.length - 3) : -1;
			if (cited >= 0 && CITATION.test(tail.slice(cited))) {
				end = from + cited;
				continue;
			}
		}
		return cell.slice(0, end);
	}
}

function readCheck(cell: string): CellValue | null {
	for (const [symbol, value] of CHECK_SYMBOLS) if (cell.startsWith(symbol)) return { kind: "check", value };
	const shortcode = SHORTCODE.exec(cell);
	const byCode = shortcode ? (CHECK_SHORTCODES[shortcode[0]] ?? iconCheck(shortcode[0])) : undefined;
	if (byCode !== undefined) return { kind: "check", value: byCode };
	const word = CHECK_WORD.exec(cell);
	if (!word) return null;
	const said = (word[1] ?? "").toLowerCase();
	return { kind: "check", value: CHECK_YES.has(said) ? true : CHECK_NO.has(said) ? false : "partial" };
}

function readRating(cell: string): CellValue | null {
	if (STARS.test(cell)) {
		let stars = 0;
		for (const char of cell.replace(/:star:/g, "⭐")) {
			if (char === "⭐" || char === "🌟" || char === "★") stars += 1;
			else if (char === "½") stars += 0.5;
		}
		return { kind: "rating", value: stars };
	}
	const fraction = FRACTION_RATING.exec(cell);
	if (!fraction) return null;
	const value = Number(fraction[1]);
	const of = Number(fraction[2]);
	return value <= of ? { kind: "rating", value: (value * 5) / of } : null;
}

function readDate(cell: string): CellValue | null {
	const date = DATE.exec(cell);
	if (!date) return null;
	const month = Number(date[3]);
	const day = date[4] === undefined ? 1 : Number(date[4]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return { kind: "date", value: [date[1], date[3], date[4]].filter((part) => part !== undefined).join("-") };
}

function readNumber(cell: string): CellValue | null {
	// Every part before the digits is a sign, a currency or a digit: a cell that opens with a
	// letter has none, so NUMBER would match it only to find no number ("A library for …").
	const first = cell.charCodeAt(0) | 0x20;
	if (first >= 0x61 && first <= 0x7a) return null;
	const number = NUMBER.exec(cell);
	if (!number) return null;
	const [, currency, sign, currencyAfterSign, whole, fraction, exponent, scale, rest = ""] = number;
	if (whole === undefined && fraction === undefined) return null;
	// "8-bit", "64-bit", "4-core": a unit joined by a hyphen, in lower case ("7-Zip" is a name).
	const joined = /^-(\p{Ll}{1,7})$/u.exec(rest);
	if (joined && currency === undefined && sign === undefined && exponent === undefined && scale === undefined) {
		return { kind: "number", value: Number(`${(whole ?? "0").replace(/,/g, "")}${fraction ?? ""}`), unit: joined[1] as string };
	}
	// A rate written against the number: "80k/s", "1.2M/op", "25/sec": the unit is per something.
	if (PER_UNIT.test(rest) && currency === undefined && currencyAfterSign === undefined && exponent === undefined) {
		// Before a slash a small m or b is a unit's letter, metres and bits (`16m/s`, `100b/s`), not millions or billions.
		const letter = scale === "m" || scale === "b";
		const rate = Number(`${whole === undefined ? "0" : whole.replace(/,/g, "")}${fraction ?? ""}`) * (scale && !letter ? (SCALE[scale] ?? 1) : 1);
		return { kind: "number", value: sign === "-" || sign === "−" ? -rate : rate, unit: letter ? `${scale}${rest}` : rest };
	}
	const margin = rest.charAt(0) === "±" || rest.startsWith(" ±") ? MARGIN_BEFORE_UNIT.exec(rest) : null;
	const tail = REST.exec(margin ? `${margin[1]}${margin[2]}` : rest);
	if (!tail) return null;
	const unitWords = tail[2];
	if (unitWords !== undefined && !rest.startsWith(" ") && (unitWords.length > 7 || unitWords.includes(" "))) return null;
	if (unitWords !== undefined && /^\p{Sc}/u.test(unitWords)) {
		// A currency after the number is how European prices are written: "1,250 €" may be a
		// thousand and more or one and a quarter, "1.299 €" is readEuropean's 1299, and "$5 €"
		// names two currencies. "12.40 €" and "1,250.00 €" can only be read the English way.
		if (currency !== undefined || currencyAfterSign !== undefined) return null;
		if (fraction === undefined ? whole?.includes(",") === true : fraction.length === 4) return null;
	}
	const magnitude = Number(`${whole === undefined ? "0" : whole.replace(/,/g, "")}${fraction ?? ""}${exponent ?? ""}`) * (scale ? (SCALE[scale] ?? 1) : 1);
	const value = sign === "-" || sign === "−" ? -magnitude : magnitude;
	if (!Number.isFinite(value)) return null;
	if (tail[1] === "%") return { kind: "percent", value };
	const unit = [currency ?? currencyAfterSign, unitWords].filter((part) => part !== undefined).join(" ");
	return { kind: "number", value, unit: unit === "" ? null : unit };
}

function readEuropean(cell: string): CellValue | null {
	const number = EUROPEAN.exec(cell);
	if (!number) return null;
	const [, sign, whole = "", decimals, unit = "", words = ""] = number;
	const dotted = whole.includes(".");
	// "1,250 €" may be a thousand and more or one and a quarter: text. "1.299 kg" likewise.
	if (decimals?.length === 3 && !dotted && whole !== "0") return null;
	// Without a unit only a decimal comma makes it a number ("8,5", "-0,25", "1.299,50"): plain digits are readNumber's.
	if (unit === "" && decimals === undefined) return null;
	const currency = /^\p{Sc}$/u.test(unit);
	// Plain digits before a word are readNumber's to read ("12ms"; "1Password" is text).
	if (decimals === undefined && !currency && (dotted || /^\d+$/.test(whole))) return null;
	const magnitude = Number(`${whole.replace(/[.\s]/g, "")}${decimals === undefined ? "" : `.${decimals}`}`);
	if (!Number.isFinite(magnitude)) return null;
	const value = sign !== undefined && !sign.startsWith("+") ? -magnitude : magnitude;
	// "8,5 %", "+12,5%": a share written the European way.
	if (unit === "%") return words === "" ? { kind: "percent", value } : null;
	return { kind: "number", value, unit: unit === "" ? null : `${unit}${words}` };
}

/** `1x`, `11.7x slower`, `1.0×`: a ratio opening the cell, maybe followed by words. */
const LEADING_RATIO = /^(\d{1,6}(?:\.\d{1,4})?) ?[x×](?![\p{L}\p{N}])/u;
/** `4.0 ms (1.00x)`: a ratio in brackets closing the cell, after the value it qualifies. */
const TRAILING_RATIO = /\((\d{1,6}(?:\.\d{1,4})?) ?[x×]\)$/u;
/** criterion-table's: a mark before the ratio and a word after it, after the value (`284.71 us (✅ 1.00x)`, `79.68 us (🚀 3.57x faster)`). */
const MARKED_RATIO = /\S ?\((?:\p{Extended_Pictographic}\uFE0F? ?)?(\d{1,6}(?:\.\d{1,4})?) ?[x×](?: \p{L}{1,12})?\)$/u;

/** The ratio a cell writes ("1x", "11.7x slower", "4.0 ms (1.00x)"), or null when it writes none. */
export function readRatio(text: string): number | null {
	const cell = clean(text);
	const match = LEADING_RATIO.exec(cell) ?? TRAILING_RATIO.exec(cell) ?? MARKED_RATIO.exec(cell);
	return match ? Number(match[1]) : null;
}

/**
 * How a number is written, so a view can print it the same way: its decimal
 * places ("12.40" has 2), thousands separators ("1,250") and scale suffix
 * ("90k", "1.5M"). Null for text that does not start with a number, and for a
 * number written with an exponent ("1e-7"), which has no written precision
 * beyond its digits.
 */
export interface WrittenForm {
	decimals: number;
	grouping: boolean;
	suffix: string | null;
	/** The marks of a number written the European way ("1.299,00 €", "12 000 ₽"); absent for "1,299.00". */
	marks?: WrittenMarks;
}

/** A decimal comma and the mark between thousands ("." or a space) of a European-written number. */
export interface WrittenMarks {
	decimal: ",";
	group: string;
}

export function writtenForm(text: string): WrittenForm | null {
	const cell = clean(text);
	// A lettered dollar is written as its amount is, the European way or the English one.
	const lettered = letteredAmount(cell);
	if (lettered && readLetteredDollar(lettered)) return lettered.european ? europeanForm(`${lettered.amount} $`) : writtenForm(`$${lettered.amount}`);
	// The form of the number readCell reads: the English way first, then the European way.
	if (readNumber(cell) === null && readEuropean(cell) !== null) return europeanForm(cell);
	const number = NUMBER.exec(cell);
	if (!number) return null;
	const [, , , , whole, fraction, exponent, scale] = number;
	if ((whole === undefined && fraction === undefined) || exponent !== undefined) return null;
	return { decimals: fraction === undefined ? 0 : fraction.length - 1, grouping: whole?.includes(",") === true, suffix: scale ?? null };
}

function europeanForm(cell: string): WrittenForm | null {
	const number = EUROPEAN.exec(cell);
	if (!number) return null;
	const [, , whole = "", decimals] = number;
	const group = /[. \u00A0\u202F]/.exec(whole)?.[0];
	return { decimals: decimals?.length ?? 0, grouping: group !== undefined, suffix: null, marks: { decimal: ",", group: group ?? "." } };
}

/** What a scale suffix multiplies by: 1e3 for "k", 1e6 for "M" or "mn". */
export function suffixScale(suffix: string): number {
	return SCALE[suffix] ?? 1;
}

/**
 * The ASCII letters (lower-cased) a cell may open with and still be more than text: a
 * missing mark ("n/a", "none", "tbd", "unknown"), a check word ("yes", "no", "true",
 * "false", "partial", and "ja", "oui", "sí", "sim", "deels", "częściowo" of other languages) or a
 * version ("v2"). Every other reading opens with a digit, a sign,
 * a symbol or a colon (or a dollar named by its country, `R$ 1.499`, read before them), so a
 * cell opening with any other letter is text, read without trying each of them (most cells:
 * "MIT", "Functional", "A library for …").
 */
const MAY_BE_MORE = new Set(Array.from("ntuyfpvjosdc", (ch) => ch.charCodeAt(0)));

/** A dollar named by its country before the amount: `R$ 1.499`, `US$ 12`, `NT$ 990`, `HK$ 88`. */
const LETTERED_DOLLAR = /^(\p{Lu}{1,3}\$) ?(?=[\d+\-−])/u;
/**
 * An amount opening with a number written the European way beyond doubt: thousands after dots or
 * spaces (`1.499`, `2.299,90`, `1 290`) or a decimal comma of cents (`12,50`).
 */
const EUROPEAN_AMOUNT = /^[+\-−]?(?:\d{1,3}(?:[. \u00A0\u202F]\d{3})+(?:,\d+)?|\d+,\d{1,2})(?![\d.,])/;

/**
 * A lettered dollar's unit and amount, and whether the amount's number is written the European
 * way (a Brazilian price: `R$ 1.499`); any other is read the English way (`NT$1,290`, `US$ 12.50`).
 */
function letteredAmount(cell: string): { unit: string; amount: string; european: boolean } | null {
	const prefix = LETTERED_DOLLAR.exec(cell);
	if (!prefix) return null;
	const amount = cell.slice(prefix[0].length);
	return { unit: prefix[1] as string, amount, european: EUROPEAN_AMOUNT.test(amount) };
}

/** A price in a lettered dollar, the whole prefix kept as its unit: R$ and US$ are two currencies. */
function readLetteredDollar(lettered: { unit: string; amount: string; european: boolean }): CellValue | null {
	const value = lettered.european ? readEuropean(`${lettered.amount} $`) : readNumber(`$${lettered.amount}`);
	return value?.kind === "number" && value.unit === "$" ? { ...value, unit: lettered.unit } : null;
}

export function readCell(text: string): CellValue {
	const cell = clean(text);
	const amount = cell.charCodeAt(0) < 0x80 ? letteredAmount(cell) : null;
	const lettered = amount ? readLetteredDollar(amount) : null;
	if (lettered) return lettered;
	const first = cell.charCodeAt(0) | 0x20;
	if (first >= 0x61 && first <= 0x7a && !MAY_BE_MORE.has(first)) return { kind: "text", value: cell };
	if (cell === "" || MISSING.test(cell)) return { kind: "missing" };
	const plain = cell.replace(/\uFE0F/g, "");
	return (
		readCheck(plain) ??
		readRating(plain) ??
		readDate(cell) ??
		(VERSION.test(cell) ? { kind: "version", value: cell } : null) ??
		readNumber(cell) ??
		readEuropean(cell) ??
		readMarkedNumber(cell) ?? { kind: "text", value: cell }
	);
}

/**
 * The marks a benchmark sets after its best figure (★, 🏆, 🥇, 🚀, 🔥). Only these: an arrow (`8% ⬇️`)
 * carries the figure's sign, a warning or a cross (`12 ms ⚠️`, `0 ❌`) judges it.
 */
const TRAILING_MARK: ReadonlySet<string> = new Set(["★", "☆", "⭐", "🌟", "🏆", "🥇", "🥈", "🥉", "🚀", "🔥", "👑", "⚡", "✨", "💯", "🎉"]);
/** The variation selector a mark may carry (`⚡️`, `⭐️`). */
const JOINERS: ReadonlySet<string> = new Set(["\uFE0F"]);

/**
 * `4.66M ★`, `290k 🏆`, `12 ms 🥇`: a number with the mark of the best after it, a space apart, is
 * that number; the mark says which row won, as bold does. Scanned from the end, one character at a time.
 */
function readMarkedNumber(cell: string): CellValue | null {
	let end = cell.length;
	while (end > 0) {
		const low = cell.charCodeAt(end - 1);
		const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
		const char = cell.slice(end - width, end);
		if (!JOINERS.has(char) && !TRAILING_MARK.has(char)) break;
		end -= width;
	}
	if (end === cell.length || end < 2 || cell.charAt(end - 1) !== " ") return null;
	const rest = cell.slice(0, end - 1).trimEnd();
	const value = readNumber(rest) ?? readEuropean(rest);
	return value !== null && (value.kind === "number" || value.kind === "percent") ? value : null;
}
