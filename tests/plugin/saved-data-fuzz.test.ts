// @vitest-environment happy-dom
// Saved-data fuzzing (issue 14). Random JSON, and saved data that is right in
// shape but wrong for the note (a sort column past a table, columns it does
// not have, names it does not compare), goes through the settings reader and
// into the real views of two notes of the example vault: nothing throws, every
// table shows what Copy copies, every toggle hides its framework everywhere,
// and a bad value in a valid data.json resets that value only.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeNote, type Chart, chartKey, type NoteAnalysis, readFenceChart, tableKey, VaultIndex } from "../../src/core";
import { viewFrameworks } from "../../src/plugin/drawn-from";
import { describeReset, readSettings } from "../../src/plugin/settings-schema";
import { enhanceComparisonChart } from "../../src/views/comparison-chart";
import { enhanceComparisonTable } from "../../src/views/comparison-table";
import { NoteViewState, type NoteViewSnapshot } from "../../src/views/note-view-state";
import { blankFrontmatter, createMarkdown } from "../host/markdown";
import { copiedGrid, screenGrid } from "../views/table-screen";
import { fakeMenuHost } from "../views/fake-menu-host";

const VAULT = join(__dirname, "..", "..", "example-vault");
const md = createMarkdown(() => null, (path) => path);
// Links resolve against the example vault, as in Obsidian: [[PostgreSQL\|Postgres]] is PostgreSQL.
const vault = VaultIndex.build(
	readdirSync(VAULT, { recursive: true, encoding: "utf8" })
		.filter((file) => file.endsWith(".md"))
		.map((file) => ({ path: relative(VAULT, join(VAULT, file)).split("\\").join("/"), aliases: [] })),
);

interface Fixture {
	path: string;
	text: string;
	analysis: NoteAnalysis;
	frameworks: string[];
	/** The tables the views enhance: key, the labels of their header and first column, their widths. */
	tables: { key: string; labels: string[]; width: number }[];
	charts: { key: string; columns: string[] }[];
}

function fixture(path: string): Fixture {
	const text = readFileSync(join(VAULT, path), "utf8");
	const analysis = analyzeNote({ path, text }, vault);
	const { note } = analysis;
	const tables = note.tables.flatMap((table, i) =>
		table.frameworkAxis === "none" ? [] : [{ key: tableKey(note.tables, i), labels: [...table.header, ...table.rows.map((row) => row[0] ?? "")], width: table.header.length }],
	);
	const charts = note.charts.map((chart, i) => ({ key: chartKey(note.charts, i), columns: chart.columnLabels }));
	return { path, text, analysis, frameworks: viewFrameworks(analysis), tables, charts };
}

const FIXTURES = [fixture("Databases/PostgreSQL vs MySQL vs SQLite.md"), fixture("Benchmarks/Express vs Fastify vs Koa.md")];

const sameChart = (a: Chart, b: Chart) => JSON.stringify([a.rowLabels, a.columnLabels, a.values]) === JSON.stringify([b.rowLabels, b.columnLabels, b.values]);

/** The note rendered as the reading view renders it, its tables and charts enhanced as the plugin does, over `saved`. */
function open(f: Fixture, saved: NoteViewSnapshot | undefined) {
	const section = document.createElement("div");
	const html = md.render(blankFrontmatter(f.text));
	section.append(...Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes));
	document.body.replaceChildren(section);
	const before = section.innerHTML;
	const state = new NoteViewState(f.frameworks, saved);
	const copies: string[] = [];
	const undo: (() => void)[] = [];
	const { note } = f.analysis;
	Array.from(section.querySelectorAll("table")).forEach((tableEl, i) => {
		const table = note.tables[i];
		if (!table || table.frameworkAxis === "none") return;
		const layout = f.analysis.tables[i];
		undo.push(
			enhanceComparisonTable(tableEl, { key: tableKey(note.tables, i), model: table, source: null, frameworkOf: layout?.frameworkOf ?? [], nameColumn: layout?.nameColumn ?? 0 }, state, {
				...fakeMenuHost,
				linkFor: () => null,
				copyText: (text) => copies.push(text),
			}),
		);
	});
	const used = new Set<number>();
	for (const code of Array.from(section.querySelectorAll<HTMLElement>("pre > code"))) {
		const language = Array.from(code.classList).find((name) => name.startsWith("language-"))?.slice("language-".length) ?? "";
		const parsed = readFenceChart(language, code.textContent ?? "");
		if (!parsed.ok) continue;
		const index = note.charts.findIndex((chart, i) => !used.has(i) && sameChart(chart, parsed.value.chart));
		if (index < 0) continue;
		used.add(index);
		const layout = f.analysis.charts[index] ?? null;
		// As the plugin does: a chart whose frameworks the model names shares the note's state.
		const chartState = layout && layout.frameworkAxis !== "none" ? state : new NoteViewState(note.charts[index].rowLabels, undefined);
		undo.push(enhanceComparisonChart(code.parentElement!, { key: chartKey(note.charts, index), chart: note.charts[index], layout, source: code.textContent ?? "" }, chartState, fakeMenuHost));
	}
	return {
		section,
		before,
		state,
		copies,
		dispose: () => {
			for (const step of undo.reverse()) step();
		},
	};
}

/** Every enhanced table shows exactly what Copy as CSV copies, and no element of a hidden framework is visible. */
function expectInStep(section: HTMLElement, state: NoteViewState, copies: string[]): void {
	const containers = Array.from(section.querySelectorAll(".framework-compare-table"));
	for (const container of containers) {
		const table = container.querySelector("table")!;
		expect(copiedGrid(container, copies)).toEqual(screenGrid(table));
	}
	// "Show all" is lit exactly when something is hidden on the page: never for saved names the note lacks.
	const hiddenOnPage = section.querySelector(".framework-compare-hidden, .framework-compare-hidden-col") !== null;
	expect(state.anythingHidden, "Show all is lit for nothing, or dark while something is hidden").toBe(hiddenOnPage);
	const showAll = section.querySelector<HTMLButtonElement>(".framework-compare-show-all");
	if (showAll) expect(showAll.disabled).toBe(!hiddenOnPage);
	for (const name of state.hiddenFrameworks) {
		for (const el of Array.from(section.querySelectorAll<HTMLElement>(`[data-framework="${CSS.escape(name)}"]`))) {
			if (el.closest("[role=toolbar]") || el.closest(".framework-compare-chart-table")) continue;
			const hidden =
				el.classList.contains("framework-compare-hidden") ||
				el.classList.contains("framework-compare-hidden-col") ||
				el.classList.contains("is-hidden") ||
				el.hidden ||
				(el.tagName !== "TR" && el.tagName !== "COL" && el.closest(".framework-compare-hidden") !== null) ||
				// A cell of a hidden column: its <col> is what hides it.
				el.tagName === "TD" ||
				el.tagName === "TH";
			expect(hidden, `${el.tagName} of ${name} is still shown`).toBe(true);
		}
	}
}

/** Presses a toggle of the note's first toolbar as a user would. */
function press(section: HTMLElement, name: string): void {
	section.querySelector<HTMLButtonElement>(`[role=toolbar] button[data-framework="${CSS.escape(name)}"]`)!.click();
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
/** Mostly a value of the right kind; sometimes anything at all. */
const mostly = <T,>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyJson });
const oddKeys = fc.constantFrom("__proto__", "constructor", "toString", "");
const keyFrom = (known: string[]) => fc.oneof({ weight: 4, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.string() }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: oddKeys });
const namesFrom = (known: string[]) => mostly(fc.array(mostly(fc.oneof(known.length > 0 ? fc.constantFrom(...known) : fc.string(), fc.string())), { maxLength: 5 }));
const sortFor = (width: number) =>
	mostly(fc.record({ column: mostly(fc.oneof(fc.integer({ min: -2, max: width + 3 }), fc.constantFrom(0.5, -0.5, 1e300, Number.MAX_SAFE_INTEGER))), direction: mostly(fc.constantFrom("ascending", "descending")) }));

function entryFor(f: Fixture): fc.Arbitrary<unknown> {
	const labels = f.tables.flatMap((t) => t.labels);
	const table = fc.record(
		{ transposed: mostly(fc.boolean()), hiddenColumns: namesFrom(labels), sort: sortFor(Math.max(...f.tables.map((t) => t.width), 1)) },
		{ requiredKeys: [] },
	);
	const chart = fc.record(
		{
			view: mostly(fc.constantFrom("chart", "table", "text")),
			grouping: mostly(fc.constantFrom("column", "framework")),
			scale: mostly(fc.constantFrom("linear", "log", "percent")),
			hiddenColumns: namesFrom(f.charts.flatMap((c) => c.columns)),
		},
		{ requiredKeys: [] },
	);
	return mostly(
		fc.record(
			{
				hiddenFrameworks: namesFrom([...f.frameworks, "Oracle", "DuckDB"]),
				tables: mostly(fc.dictionary(keyFrom(f.tables.map((t) => t.key)), mostly(table), { maxKeys: 4 })),
				charts: mostly(fc.dictionary(keyFrom(f.charts.map((c) => c.key)), mostly(chart), { maxKeys: 3 })),
			},
			{ requiredKeys: [] },
		),
	);
}

/** data.json as the plugin could find it: mostly the right shape with wrong values, sometimes any JSON at all. */
const [DATABASES, SERVERS] = FIXTURES as [Fixture, Fixture];
const noteViewStates = fc
	.tuple(entryFor(DATABASES), entryFor(SERVERS), fc.dictionary(fc.string(), anyJson, { maxKeys: 2 }))
	.map(([databases, servers, others]) => ({ ...others, [DATABASES.path]: databases, [SERVERS.path]: servers }));
const savedData = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{ linkFrameworkNames: mostly(fc.boolean()), rememberViewState: mostly(fc.boolean()), noteViewState: mostly(noteViewStates), detection: anyJson },
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: anyJson },
);

const ownEntry = (map: Record<string, NoteViewSnapshot>, path: string) => (Object.prototype.hasOwnProperty.call(map, path) ? map[path] : undefined);

describe("random saved data through the settings reader and into the views", () => {
	it("has fixtures with tables on both sides and charts", () => {
		// The write workload table names PostgreSQL as [[PostgreSQL\|Postgres]]: a fourth toggle.
		expect(FIXTURES.map((f) => [f.frameworks.length, f.tables.length, f.charts.length])).toEqual([
			[4, 2, 2],
			[3, 2, 1],
		]);
	});

	it("never throws, keeps every table in step with Copy, and hides each framework everywhere its toggle says (property)", () => {
		fc.assert(
			fc.property(savedData, (raw) => {
				// Through JSON, as data.json is: keys like "__proto__" arrive as plain keys.
				const { settings, reset } = readSettings(JSON.parse(JSON.stringify(raw)) as unknown);
				// What was read is valid saved data: reading it again resets nothing and changes nothing.
				const again = readSettings(JSON.parse(JSON.stringify(settings)) as unknown);
				expect(again.reset).toEqual([]);
				expect(again.settings).toEqual(settings);
				if (reset.length > 0) expect(describeReset(reset)).toContain(reset[0]);
				for (const f of FIXTURES) {
					const saved = settings.rememberViewState ? ownEntry(settings.noteViewState, f.path) : undefined;
					const view = open(f, saved);
					expect(view.section.querySelector(".framework-compare-chart-problem")).toBeNull();
					expect(view.section.querySelectorAll(".framework-compare-table")).toHaveLength(f.tables.length);
					expect(view.section.querySelectorAll(".framework-compare-chart svg[role=img], .framework-compare-chart-figure[hidden]")).toHaveLength(f.charts.length);
					expectInStep(view.section, view.state, view.copies);
					for (const name of f.frameworks) {
						const wasHidden = view.state.isHidden(name);
						press(view.section, name);
						expect(view.state.isHidden(name)).toBe(!wasHidden);
						expectInStep(view.section, view.state, view.copies);
						press(view.section, name);
						expect(view.state.isHidden(name)).toBe(wasHidden);
					}
					// Transpose each table and sort it by its second column, as a reader would.
					for (const container of Array.from(view.section.querySelectorAll(".framework-compare-table"))) {
						container.querySelector<HTMLButtonElement>(".framework-compare-transpose")!.click();
						container.querySelectorAll<HTMLButtonElement>(".framework-compare-sort")[1]?.click();
						expectInStep(view.section, view.state, view.copies);
					}
					// What the views wrote back (dropping what did not fit) is still valid saved data.
					expect(readSettings({ noteViewState: { [f.path]: view.state.snapshot() } }).reset).toEqual([]);
					view.dispose();
					expect(view.section.innerHTML).toBe(view.before);
				}
			}),
			{ numRuns: 20 },
		);
	}, 60_000);

	it("drops, against the real tables and charts, what fits the schema but not the note, and keeps the rest", () => {
		const [databases] = FIXTURES;
		const matrix = databases.tables[0];
		const saved: NoteViewSnapshot = {
			hiddenFrameworks: ["MySQL", "Oracle"],
			tables: {
				[matrix.key]: { transposed: false, sort: { column: 40, direction: "ascending" }, hiddenColumns: ["Replication", "No such row"] },
				"No|such|table": { transposed: true },
			},
			charts: { [databases.charts[0].key]: { view: "table", hiddenColumns: ["64 clients", "128 clients"] } },
		};
		const { settings, reset } = readSettings({ noteViewState: { [databases.path]: saved } });
		expect(reset).toEqual([]);
		const view = open(databases, settings.noteViewState[databases.path]);
		expect(view.state.snapshot()).toEqual({
			hiddenFrameworks: ["MySQL"],
			tables: { [matrix.key]: { transposed: false, hiddenColumns: ["Replication"] }, "No|such|table": { transposed: true } },
			charts: { [databases.charts[0].key]: { view: "table", hiddenColumns: ["64 clients"] } },
		});
		const first = view.section.querySelector("table")!;
		expect(screenGrid(first).map((row) => row[0])).not.toContain("Replication");
		expect(screenGrid(first)[0]).toEqual(["Feature", "PostgreSQL", "SQLite"]);
		expectInStep(view.section, view.state, view.copies);
	});
});

// --- one bad value in valid data resets only itself ---

type Path = (string | number)[];
type Kind = { flag: true } | { list: true } | { item: true } | { sort: true } | { oneOf: readonly string[] };
interface Leaf {
	path: Path;
	/** How the reset list names it. */
	name: string;
	kind: Kind;
}

const name = fc.string({ maxLength: 6 });
const names = fc.array(name, { maxLength: 3 });
const validTable = fc.record(
	{ transposed: fc.boolean(), hiddenColumns: names, sort: fc.record({ column: fc.nat(20), direction: fc.constantFrom("ascending", "descending") }) },
	{ requiredKeys: [] },
);
const VIEWS = ["chart", "table", "text"] as const;
const GROUPINGS = ["column", "framework"] as const;
const SCALES = ["linear", "log", "percent"] as const;
const AXES = ["rows", "columns", "none"] as const;
const validChart = fc.record({ view: fc.constantFrom(...VIEWS), grouping: fc.constantFrom(...GROUPINGS), scale: fc.constantFrom(...SCALES), hiddenColumns: names }, { requiredKeys: [] });
const key = fc.oneof({ weight: 5, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: oddKeys });
const validData = fc.record(
	{
		linkFrameworkNames: fc.boolean(),
		rememberViewState: fc.boolean(),
		noteViewState: fc.dictionary(key, fc.record({ hiddenFrameworks: names, tables: fc.dictionary(key, validTable, { maxKeys: 3 }), charts: fc.dictionary(key, validChart, { maxKeys: 2 }) }, { requiredKeys: [] }), { maxKeys: 3 }),
		detection: fc.dictionary(key, fc.record({ notFrameworks: names, tableAxes: fc.dictionary(key, fc.constantFrom(...AXES), { maxKeys: 2 }) }, { requiredKeys: [] }), { maxKeys: 2 }),
	},
	{ requiredKeys: [] },
);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const at = (where: string, k: string) => `${where}[${JSON.stringify(k)}]`;

/** Every value of valid data that the reader checks on its own, with the name a reset gives it. */
function leaves(data: Record<string, unknown>): Leaf[] {
	const out: Leaf[] = [];
	const list = (value: unknown, path: Path, where: string) => {
		out.push({ path, name: where, kind: { list: true } });
		if (Array.isArray(value)) value.forEach((_, i) => out.push({ path: [...path, i], name: `${where}[${i}]`, kind: { item: true } }));
	};
	for (const flag of ["linkFrameworkNames", "rememberViewState"]) if (flag in data) out.push({ path: [flag], name: flag, kind: { flag: true } });
	for (const [path, entry] of isRecord(data.noteViewState) ? Object.entries(data.noteViewState) : []) {
		if (!isRecord(entry)) continue;
		const where = at("noteViewState", path);
		if ("hiddenFrameworks" in entry) list(entry.hiddenFrameworks, ["noteViewState", path, "hiddenFrameworks"], `${where}.hiddenFrameworks`);
		for (const [k, table] of isRecord(entry.tables) ? Object.entries(entry.tables) : []) {
			if (!isRecord(table)) continue;
			const base: Path = ["noteViewState", path, "tables", k];
			const w = at(`${where}.tables`, k);
			if ("transposed" in table) out.push({ path: [...base, "transposed"], name: `${w}.transposed`, kind: { flag: true } });
			if ("sort" in table) out.push({ path: [...base, "sort"], name: `${w}.sort`, kind: { sort: true } });
			if ("hiddenColumns" in table) list(table.hiddenColumns, [...base, "hiddenColumns"], `${w}.hiddenColumns`);
		}
		for (const [k, chart] of isRecord(entry.charts) ? Object.entries(entry.charts) : []) {
			if (!isRecord(chart)) continue;
			const base: Path = ["noteViewState", path, "charts", k];
			const w = at(`${where}.charts`, k);
			for (const [field, values] of [["view", VIEWS], ["grouping", GROUPINGS], ["scale", SCALES]] as const) {
				if (field in chart) out.push({ path: [...base, field], name: `${w}.${field}`, kind: { oneOf: values } });
			}
			if ("hiddenColumns" in chart) list(chart.hiddenColumns, [...base, "hiddenColumns"], `${w}.hiddenColumns`);
		}
	}
	for (const [path, entry] of isRecord(data.detection) ? Object.entries(data.detection) : []) {
		if (!isRecord(entry)) continue;
		const where = at("detection", path);
		if ("notFrameworks" in entry) list(entry.notFrameworks, ["detection", path, "notFrameworks"], `${where}.notFrameworks`);
		for (const k of isRecord(entry.tableAxes) ? Object.keys(entry.tableAxes) : []) {
			out.push({ path: ["detection", path, "tableAxes", k], name: `${where}.tableAxes[${JSON.stringify(k)}]`, kind: { oneOf: AXES } });
		}
	}
	return out;
}

/** A value the reader must refuse for a leaf of this kind. */
function badFor(kind: Kind): fc.Arbitrary<unknown> {
	if ("flag" in kind) return anyJson.filter((v) => typeof v !== "boolean");
	if ("item" in kind) return anyJson.filter((v) => typeof v !== "string");
	// A string is how early builds saved a chart's list; it is read, not reset.
	if ("list" in kind) return anyJson.filter((v) => !Array.isArray(v) && typeof v !== "string");
	if ("oneOf" in kind) return anyJson.filter((v) => typeof v !== "string" || !kind.oneOf.includes(v));
	return fc.oneof(
		fc.record({ column: fc.constantFrom(-1, 0.5, -0.5, 1e300, "2", null, true), direction: fc.constantFrom("ascending", "descending") }),
		fc.record({ column: fc.nat(5), direction: anyJson.filter((v) => v !== "ascending" && v !== "descending") }),
		anyJson.filter((v) => !isRecord(v) || !("column" in v)),
	);
}

function parentOf(data: unknown, path: Path): { parent: Record<string, unknown> | unknown[]; last: string | number } {
	let node = data as Record<string | number, unknown>;
	for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
	return { parent: node, last: path[path.length - 1] };
}

describe("one bad value in valid saved data", () => {
	it("resets only itself: the reading equals the data without that value, and the notice names it (property)", () => {
		const withLeaf = validData
			.map((data) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>)
			.chain((data) => {
				const all = leaves(data);
				if (all.length === 0) return fc.constant(null);
				return fc.nat(all.length - 1).chain((i) => badFor(all[i].kind).map((bad) => ({ data, leaf: all[i], bad })));
			});
		fc.assert(
			fc.property(withLeaf, (picked) => {
				if (picked === null) return;
				const { data, leaf, bad } = picked;
				const broken = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
				const { parent, last } = parentOf(broken, leaf.path);
				(parent as Record<string | number, unknown>)[last] = bad;
				const without = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
				const gone = parentOf(without, leaf.path);
				if (Array.isArray(gone.parent)) gone.parent.splice(gone.last as number, 1);
				else delete gone.parent[gone.last as string];

				const read = readSettings(JSON.parse(JSON.stringify(broken)) as unknown);
				expect(read.reset).toEqual([leaf.name]);
				expect(read.settings).toEqual(readSettings(without).settings);
				expect(describeReset(read.reset)).toContain(leaf.name);
			}),
			{ numRuns: 1500 },
		);
	});
});
