import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellValue, readCell, readRatio } from "../../../src/core/model/cell-value";
import { parseChartCell } from "../../../src/core/model/chart-number";
import { sortKeyOf } from "../../../src/views/cell-value";

// Cells as real comparison documents write them: awesome-list feature matrices,
// benchmark READMEs, framework docs (markup already removed, as the note model hands them over).
const CELLS: [string, CellValue][] = [
	[":heavy_check_mark:", { kind: "check", value: true }],
	[":white_check_mark:", { kind: "check", value: true }],
	[":x:", { kind: "check", value: false }],
	[":warning:", { kind: "check", value: "partial" }],
	// "Supported" and its kin, alone or before a remark, as feature matrices in several languages write them.
	["Supported", { kind: "check", value: true }],
	["Not supported", { kind: "check", value: false }],
	["支持", { kind: "check", value: true }],
	["不支持", { kind: "check", value: false }],
	["部分支持", { kind: "check", value: "partial" }],
	["支持（需插件）", { kind: "check", value: true }],
	["対応", { kind: "check", value: true }],
	["非対応", { kind: "check", value: false }],
	["미지원", { kind: "check", value: false }],
	["Поддерживается", { kind: "check", value: true }],
	["Не поддерживается", { kind: "check", value: false }],
	["支持多平台，功能强大", { kind: "text", value: "支持多平台，功能强大" }],
	["Supported in v2", { kind: "text", value: "Supported in v2" }],
	// Icons as MkDocs Material writes them, with an attribute list after (a docs site's feature matrix).
	[":fontawesome-solid-check:{: .green }", { kind: "check", value: true }],
	[":fontawesome-solid-times:{: .red }", { kind: "check", value: false }],
	[":material-check-bold:", { kind: "check", value: true }],
	[":material-close-circle-outline:", { kind: "check", value: false }],
	[":octicons-x-16:", { kind: "check", value: false }],
	[":octicons-check-circle-fill-24:", { kind: "check", value: true }],
	[":material-alert-circle:", { kind: "check", value: "partial" }],
	// A minus marks "not applicable" as often as "partly", and a logo answers nothing (`:simple-x:` is X's).
	[":material-minus:", { kind: "text", value: ":material-minus:" }],
	[":simple-x:", { kind: "text", value: ":simple-x:" }],
	// An icon that answers nothing is text: a logo, a shape.
	[":fontawesome-brands-github:", { kind: "text", value: ":fontawesome-brands-github:" }],
	[":material-checkbox-blank-outline:", { kind: "text", value: ":material-checkbox-blank-outline:" }],
	["✅", { kind: "check", value: true }],
	["✔️", { kind: "check", value: true }],
	["❌", { kind: "check", value: false }],
	["✗", { kind: "check", value: false }],
	["⚠️", { kind: "check", value: "partial" }],
	["⚠️ Partial", { kind: "check", value: "partial" }],
	["✅ Built-in", { kind: "check", value: true }],
	// Status marks of feature tables (TanStack-style keys: ✅ built in, 🔶 needs user code, 🛑 not supported, ❓ unknown).
	["🛑", { kind: "check", value: false }],
	["🛑*(2)", { kind: "check", value: false }],
	["🚫 not planned", { kind: "check", value: false }],
	["⛔", { kind: "check", value: false }],
	["🔶", { kind: "check", value: "partial" }],
	["⌛️", { kind: "check", value: "partial" }],
	["🚧 in progress", { kind: "check", value: "partial" }],
	["🟢", { kind: "check", value: true }],
	[":no_entry_sign:", { kind: "check", value: false }],
	["❓", { kind: "missing" }],
	[":question:", { kind: "missing" }],
	["❓ maybe later", { kind: "text", value: "❓ maybe later" }],
	["Yes", { kind: "check", value: true }],
	["Yes[^2]", { kind: "check", value: true }],
	["Yes, via plugin", { kind: "check", value: true }],
	["no", { kind: "check", value: false }],
	["Partial", { kind: "check", value: "partial" }],
	["⭐⭐⭐⭐", { kind: "rating", value: 4 }],
	["⭐️⭐️⭐️", { kind: "rating", value: 3 }],
	["★★★☆☆", { kind: "rating", value: 3 }],
	["4/5", { kind: "rating", value: 4 }],
	["64-bit", { kind: "number", value: 64, unit: "bit" }],
	["7-Zip", { kind: "text", value: "7-Zip" }],
	["3.5/5", { kind: "rating", value: 3.5 }],
	["8/10", { kind: "rating", value: 4 }],
	["1,250", { kind: "number", value: 1250, unit: null }],
	["1,250 ms", { kind: "number", value: 1250, unit: "ms" }],
	["12.5 ms", { kind: "number", value: 12.5, unit: "ms" }],
	["12ms", { kind: "number", value: 12, unit: "ms" }],
	["1.2k", { kind: "number", value: 1200, unit: null }],
	["90k", { kind: "number", value: 90000, unit: null }],
	["~12k", { kind: "number", value: 12000, unit: null }],
	["12m", { kind: "number", value: 12_000_000, unit: null }],
	["1.5M", { kind: "number", value: 1_500_000, unit: null }],
	["3bn", { kind: "number", value: 3e9, unit: null }],
	["$3.5M", { kind: "number", value: 3_500_000, unit: "$" }],
	["-3", { kind: "number", value: -3, unit: null }],
	["−4.5", { kind: "number", value: -4.5, unit: null }],
	["1.2x", { kind: "number", value: 1.2, unit: "x" }],
	["14,200 req/s", { kind: "number", value: 14200, unit: "req/s" }],
	["~1,200 req/s", { kind: "number", value: 1200, unit: "req/s" }],
	["~80k/s", { kind: "number", value: 80000, unit: "/s" }],
	["1.2M/op", { kind: "number", value: 1200000, unit: "/op" }],
	["16m/s", { kind: "number", value: 16, unit: "m/s" }],
	["390 (est.)", { kind: "number", value: 390, unit: null }],
	["⭐ 45.2k", { kind: "number", value: 45200, unit: null }],
	["10k+", { kind: "number", value: 10000, unit: null }],
	["2021", { kind: "number", value: 2021, unit: null }],
	["1,250¹", { kind: "number", value: 1250, unit: null }],
	["12 ms*", { kind: "number", value: 12, unit: "ms" }],
	// A margin of error before the unit, as criterion and pytest-benchmark print it.
	["2.8±0.04µs", { kind: "number", value: 2.8, unit: "µs" }],
	["1473.2±19.23ns", { kind: "number", value: 1473.2, unit: "ns" }],
	["1.2 ± 0.1 ms", { kind: "number", value: 1.2, unit: "ms" }],
	["5 ± 1%", { kind: "number", value: 5, unit: null }],
	// A Japanese or Chinese note's reference mark, alone or numbered.
	["6.0 GB※2", { kind: "number", value: 6, unit: "GB" }],
	["3430mAh※", { kind: "number", value: 3430, unit: "mAh" }],
	["  3,200\n", { kind: "number", value: 3200, unit: null }],
	["12%", { kind: "percent", value: 12 }],
	["99.9 %", { kind: "percent", value: 99.9 }],
	["±0.83%", { kind: "percent", value: 0.83 }],
	// Benchmark tables print a sign apart from its number ("Difference with slowest").
	["+ 15.42 %", { kind: "percent", value: 15.42 }],
	["- 3.5 ms", { kind: "number", value: -3.5, unit: "ms" }],
	["v1.2.3", { kind: "version", value: "v1.2.3" }],
	["15.3.0", { kind: "version", value: "15.3.0" }],
	["1.0.0-beta.10", { kind: "version", value: "1.0.0-beta.10" }],
	["2.x", { kind: "version", value: "2.x" }],
	["2021-03-04", { kind: "date", value: "2021-03-04" }],
	["2021/03/04", { kind: "date", value: "2021-03-04" }],
	["2021-03", { kind: "date", value: "2021-03" }],
	["", { kind: "missing" }],
	["N/A", { kind: "missing" }],
	["n/a", { kind: "missing" }],
	["NA", { kind: "missing" }],
	["—", { kind: "missing" }],
	["–", { kind: "missing" }],
	["-", { kind: "missing" }],
	["---", { kind: "missing" }],
	["?", { kind: "missing" }],
	["none", { kind: "missing" }],
	["null", { kind: "missing" }],
	["TBD", { kind: "missing" }],
	["unknown", { kind: "missing" }],
	["…", { kind: "missing" }],
	["N/A[^3]", { kind: "missing" }],
	// A decimal comma needs no unit to be read (blind heldout27's `+8,5%` over `162,96 FPS`); three digits after
	// the comma alone stay the English thousands ("1,250").
	["12,5", { kind: "number", value: 12.5, unit: null }],
	["-0,25", { kind: "number", value: -0.25, unit: null }],
	// A leading 0 is no thousand: "0,125" is an eighth, however many digits follow the comma.
	["0,125", { kind: "number", value: 0.125, unit: null }],
	["1.250,5", { kind: "number", value: 1250.5, unit: null }],
	["1,250", { kind: "number", value: 1250, unit: null }],
	["+8,5%", { kind: "percent", value: 8.5 }],
	["-12,5 %", { kind: "percent", value: -12.5 }],
	["8,5% faster", { kind: "text", value: "8,5% faster" }],
	["2,3,4", { kind: "text", value: "2,3,4" }],
	// A European number with a unit or a currency after it (issue 12: it-passeggini's "11,9 kg", "449 €").
	["11,9 kg", { kind: "number", value: 11.9, unit: "kg" }],
	["449 €", { kind: "number", value: 449, unit: "€" }],
	["1.299,00 €", { kind: "number", value: 1299, unit: "€" }],
	["1.299 €", { kind: "number", value: 1299, unit: "€" }],
	["12 000 ₽", { kind: "number", value: 12000, unit: "₽" }],
	["-3,5 °C", { kind: "number", value: -3.5, unit: "°C" }],
	["2,4GHz", { kind: "number", value: 2.4, unit: "GHz" }],
	["62,90 € im Jahr", { kind: "number", value: 62.9, unit: "€ im Jahr" }],
	// Either way of reading it would do: text, or the English reading as before.
	["1,250 €", { kind: "text", value: "1,250 €" }],
	// An English decimal with the currency after it (issue 12: "12.40 €" was text, so a price column did not sort).
	["12.40 €", { kind: "number", value: 12.4, unit: "€" }],
	["1,250.00 €", { kind: "number", value: 1250, unit: "€" }],
	["9.99 £ per month", { kind: "number", value: 9.99, unit: "£ per month" }],
	["$5 €", { kind: "text", value: "$5 €" }],
	["1.299 kg", { kind: "number", value: 1.299, unit: "kg" }],
	["12 000", { kind: "text", value: "12 000" }],
	["1,25,000", { kind: "text", value: "1,25,000" }],
	["3/4", { kind: "text", value: "3/4" }],
	["No limit", { kind: "text", value: "No limit" }],
	// The same answers in the languages notes are written in, and the marks of Japanese tables (issue 12, names across).
	["Ja", { kind: "check", value: true }],
	["Nein", { kind: "check", value: false }],
	["Teilweise", { kind: "check", value: "partial" }],
	["Oui", { kind: "check", value: true }],
	["non", { kind: "check", value: false }],
	["Partiel", { kind: "check", value: "partial" }],
	["Sí", { kind: "check", value: true }],
	["Sim", { kind: "check", value: true }],
	["Não", { kind: "check", value: false }],
	["Parcial (com plugin)", { kind: "check", value: "partial" }],
	["tak", { kind: "check", value: true }],
	["Nie", { kind: "check", value: false }],
	["częściowo", { kind: "check", value: "partial" }],
	["да", { kind: "check", value: true }],
	["Нет", { kind: "check", value: false }],
	["nee", { kind: "check", value: false }],
	["Delvis", { kind: "check", value: "partial" }],
	["◎", { kind: "check", value: true }],
	["○", { kind: "check", value: true }],
	["△", { kind: "check", value: "partial" }],
	["×", { kind: "check", value: false }],
	// Not an answer: a word that only starts like one, a multiplier, a name.
	["Jahr", { kind: "text", value: "Jahr" }],
	["Nonstop", { kind: "text", value: "Nonstop" }],
	["Sim City", { kind: "text", value: "Sim City" }],
	["Ja nach Tarif", { kind: "text", value: "Ja nach Tarif" }],
	["× 2", { kind: "text", value: "× 2" }],
	["Oslo", { kind: "text", value: "Oslo" }],
	["darmowy", { kind: "text", value: "darmowy" }],
	["Takeaway", { kind: "text", value: "Takeaway" }],
	["данные", { kind: "text", value: "данные" }],
	["TPU v4-8", { kind: "text", value: "TPU v4-8" }],
	["V8", { kind: "text", value: "V8" }],
	["1Password", { kind: "text", value: "1Password" }],
	["MIT", { kind: "text", value: "MIT" }],
	["Steep learning\ncurve", { kind: "text", value: "Steep learning curve" }],
	// Benchmark output in a table sorts by its number: the margin of error and the remark are not the value.
	["1,234 ops/sec ±0.83% (92 runs sampled)", { kind: "number", value: 1234, unit: "ops/sec" }],
	["58.4 ms ± 1.2", { kind: "number", value: 58.4, unit: "ms" }],
	["1,234 ops/sec ±0.83% and more", { kind: "text", value: "1,234 ops/sec ±0.83% and more" }],
	// Pandoc citations, as Zotero and the Pandoc plugins put them after a value (a system report's tables).
	["33.1% [@stackoverflow_survey_2024]", { kind: "percent", value: 33.1 }],
	["500,000+ [@Medium_Peymaan_DB_Comparison]", { kind: "number", value: 500000, unit: null }],
	["12 ms [@doe99, p. 33]", { kind: "number", value: 12, unit: "ms" }],
	["12 ms [-@doe99]", { kind: "number", value: 12, unit: "ms" }],
	["12 ms [see @doe99]", { kind: "text", value: "12 ms [see @doe99]" }],
	["user@example.com", { kind: "text", value: "user@example.com" }],
	// A dollar named by its country: a Brazilian price writes its thousands with a dot, and R$ is no US$.
	["R$ 1.499", { kind: "number", value: 1499, unit: "R$" }],
	["R$ 2.299,90", { kind: "number", value: 2299.9, unit: "R$" }],
	["R$499", { kind: "number", value: 499, unit: "R$" }],
	["US$ 12.50", { kind: "number", value: 12.5, unit: "US$" }],
	["NT$ 990", { kind: "number", value: 990, unit: "NT$" }],
	["HK$1,299.00", { kind: "number", value: 1299, unit: "HK$" }],
	["NT$1,290", { kind: "number", value: 1290, unit: "NT$" }],
	["US$ 1,250", { kind: "number", value: 1250, unit: "US$" }],
	["R$ 12,50", { kind: "number", value: 12.5, unit: "R$" }],
	["HK$ 12k", { kind: "number", value: 12000, unit: "HK$" }],
	["NT$ 1 290", { kind: "number", value: 1290, unit: "NT$" }],
	["R$49", { kind: "number", value: 49, unit: "R$" }],
	// A European amount with more after it is no English decimal: text, as before it was read at all.
	["R$ 1.499 (à vista)", { kind: "text", value: "R$ 1.499 (à vista)" }],
	["R$ a consultar", { kind: "text", value: "R$ a consultar" }],
	["R$ 12%", { kind: "text", value: "R$ 12%" }],
	// Node's console.table prints values as quoted strings.
	["'88995326 ± 1.37%'", { kind: "number", value: 88995326, unit: null }],
	['"12 ms"', { kind: "number", value: 12, unit: "ms" }],
	["'it's'", { kind: "text", value: "'it's'" }],
	// The mark of the best after a figure, a space apart, leaves the figure: what won is said as bold says it.
	["4.66M ★", { kind: "number", value: 4_660_000, unit: null }],
	["290k 🏆", { kind: "number", value: 290_000, unit: null }],
	["12 ms 🥇", { kind: "number", value: 12, unit: "ms" }],
	["1,5 s 🚀", { kind: "number", value: 1.5, unit: "s" }],
	["98% ⚡️", { kind: "percent", value: 98 }],
	// An arrow carries the figure's sign, a warning or a cross judges it: no mark of the best.
	["8% ⬇️", { kind: "text", value: "8% ⬇️" }],
	["12 ms ⚠️", { kind: "text", value: "12 ms ⚠️" }],
	["v1.2 ★", { kind: "text", value: "v1.2 ★" }],
	["12🏆", { kind: "text", value: "12🏆" }],
];

describe("readCell", () => {
	it.each(CELLS)("reads %j", (text, value) => {
		expect(readCell(text)).toEqual(value);
	});
});

describe("readRatio", () => {
	// Benchmark READMEs write relative speed three ways (better-sqlite3's "11.7x slower",
	// hyperfine-style "1.00x" beside a time, a bare "1x" for the baseline).
	it.each([
		["1x", 1],
		["1.0×", 1],
		["11.7x slower", 11.7],
		["2.8 x faster", 2.8],
		["4.0 ms (1.00x)", 1],
		["12.5 ms (3.13x)", 3.13],
		["1x¹", 1],
		["'1.5x'", 1.5],
		// criterion-table's cells: a mark before the ratio, a word after it.
		["284.71 us (✅ 1.00x)", 1],
		["79.68 us (🚀 3.57x faster)", 3.57],
		["1.2 ms (❌ 2.10x slower)", 2.1],
	])("reads %j as %d", (text, ratio) => {
		expect(readRatio(text)).toBe(ratio);
	});

	it.each(["x86", "1xx", "10x10 grid", "1 xGPU", "120 ms", "12", "fast", "(1.5x faster)", "(🚀 1.5x faster)", ""])("reads no ratio in %j", (text) => {
		expect(readRatio(text)).toBeNull();
	});

	it("leaves a ratio with words to sorting and charts as text, whose words may turn it round", () => {
		expect(readCell("2x faster").kind).toBe("text");
		expect(readCell("1x")).toEqual({ kind: "number", value: 1, unit: "x" });
	});
});

describe("the table's sort and the chart read every cell alike", () => {
	const SHARED = [...CELLS.map(([text]) => text), "fast", "85%", "12 m", "0", ".5", "1e3", "<1 ms", "2.5 GB/s"];

	it("sorts as a number exactly what a chart reads as a number, to the same value", () => {
		for (const text of SHARED) {
			const chart = parseChartCell(text);
			const sort = sortKeyOf(text);
			const cell = readCell(text);
			expect({ text, missing: sort.kind === "missing" }).toEqual({ text, missing: chart.kind === "missing" });
			if (chart.kind === "number") expect({ text, sort }).toEqual({ text, sort: { kind: "number", value: chart.value } });
			// Ratings sort as numbers but are not chart values; nothing else sorts as a number.
			if (sort.kind === "number" && chart.kind !== "number") expect({ text, kind: cell.kind }).toEqual({ text, kind: "rating" });
		}
	});

	it("names the issue's disagreements and settles them", () => {
		expect([parseChartCell("12m"), sortKeyOf("12m")]).toEqual([
			{ kind: "number", value: 12e6 },
			{ kind: "number", value: 12e6 },
		]);
		for (const gap of ["---", "none", "TBD"]) expect([parseChartCell(gap).kind, sortKeyOf(gap).kind]).toEqual(["missing", "missing"]);
	});
});

describe("readCell on any text", () => {
	it("never throws and always gives one of the kinds", () => {
		const kinds = ["number", "percent", "check", "rating", "version", "date", "missing", "text"];
		const parts = fc.constantFrom("1", "2", "0", ",", ".", " ", "k", "M", "m", "%", "$", "-", "~", "±", "/", "5", "⭐", "✓", "[^1]", "*", "v", "(", ")", "ms", "\n", ":x:");
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.array(parts, { maxLength: 40 }).map((p) => p.join(""))), (text) => {
				expect(kinds).toContain(readCell(text).kind);
			}),
		);
	});

	it("reads a 200,000-character cell of digits, commas, spaces, stars or footnote marks in one pass", () => {
		// The regular expressions avoid adjacent and nested quantifiers; if one did not,
		// any of these would take minutes instead of milliseconds.
		const n = 200_000;
		const inputs = [
			" ".repeat(n),
			"1".repeat(n),
			"1,".repeat(n / 2),
			"1,234".repeat(n / 5),
			`1${" ms".repeat(n / 3)}`,
			`1 ${"a".repeat(n)}(`,
			"1.2.".repeat(n / 4),
			`1.0.0-${"a-".repeat(n / 2)}!`,
			"⭐".repeat(n / 2) + "x",
			`1 ${"🏆".repeat(n / 2)}`,
			`x ${"★".repeat(n)}`,
			"*".repeat(n),
			"[^1]".repeat(n / 4),
			"※1".repeat(n / 2),
			`1±${"1.".repeat(n / 2)}`,
			`1 ± ${"1,".repeat(n / 2)} µs`,
			"[@a] ".repeat(n / 5),
			`1${"[-@a, p. 3]".repeat(n / 11)}`,
			`${"[".repeat(n / 2)}${"@]".repeat(n / 4)}`,
			`Yes${"]".repeat(n)}`,
			`x${" 1".repeat(n / 2)}`,
		];
		for (const text of inputs) expect(readCell(text).kind).toMatch(/^[a-z]+$/);
	});
});
