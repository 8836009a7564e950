import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, describeReset, readSettings } from "../../src/plugin/settings-schema";

describe("readSettings", () => {
	it("gives the defaults on first run, with nothing to report", () => {
		expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
		expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
	});

	it("keeps every valid saved value", () => {
		const saved = {
			linkFrameworkNames: false,
			rememberViewState: false,
			compactToolbar: false,
			interactiveTables: false,
			drawCharts: true,
			sideBySideSections: false,
			codeTabs: true,
			defaultChartView: "table",
			defaultChartScale: "log",
			noteViewState: { "Notes/JAX vs. Other ML Frameworks.md": { hiddenFrameworks: ["PyTorch"] } },
			detection: {
				"Notes/JAX vs. Other ML Frameworks.md": { notFrameworks: ["Flax"] },
				"Lamps.md": { tableAxes: { "~|Price|Weight": "rows", "A|B": "none", "C|D#2": "columns" } },
			},
		};
		expect(readSettings(saved)).toEqual({ settings: saved, reset: [] });
	});

	it("resets only the values a hand edit broke, and names them", () => {
		const { settings, reset } = readSettings({
			linkFrameworkNames: "yes",
			rememberViewState: false,
			noteViewState: { "a.md": { hiddenFrameworks: "PyTorch" } },
		});
		expect(settings.linkFrameworkNames).toBe(true);
		expect(settings.rememberViewState).toBe(false);
		// The note kept nothing else, so its entry goes.
		expect(settings.noteViewState).toEqual({});
		expect(reset).toEqual(["linkFrameworkNames", 'noteViewState["a.md"].hiddenFrameworks']);
		expect(describeReset(reset)).toBe(
			'Framework Compare: some saved settings were not valid and were reset to their defaults (linkFrameworkNames, noteViewState["a.md"].hiddenFrameworks); everything else was kept.',
		);
	});

	it("resets everything when the saved data is not an object at all", () => {
		for (const saved of [42, "settings", [true], true]) {
			const { settings, reset } = readSettings(saved);
			expect(settings).toEqual(DEFAULT_SETTINGS);
			expect(reset).toEqual(["linkFrameworkNames", "rememberViewState", "compactToolbar", "interactiveTables", "drawCharts", "sideBySideSections", "codeTabs", "defaultChartView", "defaultChartScale", "noteViewState", "detection"]);
		}
	});

	it("drops keys from older versions without complaint", () => {
		expect(readSettings({ legacyTheme: "blue", linkFrameworkNames: false, detection: { "a.md": { notFrameworks: ["X"], confidence: 3 } } })).toEqual({
			settings: { ...DEFAULT_SETTINGS, linkFrameworkNames: false, detection: { "a.md": { notFrameworks: ["X"] } } },
			reset: [],
		});
	});

	it("reads a chart's choices as typed values, and upgrades hidden columns saved as a JSON string", () => {
		const saved = { noteViewState: { "a.md": { hiddenFrameworks: [], charts: { "chart:|V100|A100": { view: "table", hiddenColumns: '["A100"]' } } } } };
		const { settings, reset } = readSettings(saved);
		expect(reset).toEqual([]);
		expect(settings.noteViewState["a.md"]?.charts).toEqual({ "chart:|V100|A100": { view: "table", hiddenColumns: ["A100"] } });
		expect(readSettings({ noteViewState: { "a.md": { hiddenFrameworks: [], charts: { x: { view: "pie" } } } } }).reset).toEqual(['noteViewState["a.md"].charts["x"].view']);
	});

	it("never shares the defaults object between readings", () => {
		const first = readSettings(null).settings;
		first.noteViewState["x.md"] = { hiddenFrameworks: ["JAX"] };
		first.detection["x.md"] = { notFrameworks: ["JAX"] };
		expect(readSettings(null).settings.noteViewState).toEqual({});
		expect(readSettings(null).settings.detection).toEqual({});
		expect(DEFAULT_SETTINGS.noteViewState).toEqual({});
		expect(DEFAULT_SETTINGS.detection).toEqual({});
	});
});

describe("readSettings: view choices, value by value", () => {
	const GOOD = {
		"Databases.md": {
			hiddenFrameworks: ["MySQL"],
			tables: { "Feature|PostgreSQL|MySQL|SQLite": { transposed: true, hiddenColumns: ["License"], sort: { column: 2, direction: "descending" } } },
			charts: { "chart:Throughput|Read|Write": { view: "table", grouping: "framework", scale: "log", hiddenColumns: ["Write"] } },
		},
		"JAX vs. Other ML Frameworks.md": { hiddenFrameworks: ["PyTorch"] },
	};
	const copy = (): Record<string, Record<string, unknown>> => JSON.parse(JSON.stringify(GOOD)) as Record<string, Record<string, unknown>>;

	it("keeps every valid view choice as saved", () => {
		expect(readSettings({ noteViewState: GOOD })).toEqual({ settings: { ...DEFAULT_SETTINGS, noteViewState: GOOD }, reset: [] });
	});

	it("resets one bad value in one note's entry and keeps the rest of that entry and every other note's", () => {
		for (const [value, expected] of [
			[-1, "a sort column of -1"],
			[0.5, "a sort column of 0.5"],
			["2", "a sort column written as text"],
			[2 ** 60, "a sort column beyond any table"],
		] as const) {
			const saved = copy();
			(saved["Databases.md"].tables as Record<string, { sort: { column: unknown } }>)["Feature|PostgreSQL|MySQL|SQLite"].sort.column = value;
			const { settings, reset } = readSettings({ noteViewState: saved });
			expect(reset, expected).toEqual(['noteViewState["Databases.md"].tables["Feature|PostgreSQL|MySQL|SQLite"].sort']);
			const { sort: _dropped, ...rest } = GOOD["Databases.md"].tables["Feature|PostgreSQL|MySQL|SQLite"];
			expect(settings.noteViewState).toEqual({ ...GOOD, "Databases.md": { ...GOOD["Databases.md"], tables: { "Feature|PostgreSQL|MySQL|SQLite": rest } } });
		}
	});

	it("drops a bad item from a list and keeps the other items", () => {
		const saved = copy();
		saved["JAX vs. Other ML Frameworks.md"].hiddenFrameworks = ["PyTorch", 42, null, "TensorFlow", "PyTorch"];
		const { settings, reset } = readSettings({ noteViewState: saved });
		expect(settings.noteViewState["JAX vs. Other ML Frameworks.md"]).toEqual({ hiddenFrameworks: ["PyTorch", "TensorFlow"] });
		expect(settings.noteViewState["Databases.md"]).toEqual(GOOD["Databases.md"]);
		expect(reset).toEqual(['noteViewState["JAX vs. Other ML Frameworks.md"].hiddenFrameworks[1]', 'noteViewState["JAX vs. Other ML Frameworks.md"].hiddenFrameworks[2]']);
	});

	it("resets a table's or a chart's entry that is not an object, and only that", () => {
		const saved = copy();
		(saved["Databases.md"].charts as Record<string, unknown>)["chart:Throughput|Read|Write"] = "log";
		const { settings, reset } = readSettings({ noteViewState: saved });
		expect(reset).toEqual(['noteViewState["Databases.md"].charts["chart:Throughput|Read|Write"]']);
		expect(settings.noteViewState["Databases.md"]).toEqual({ hiddenFrameworks: ["MySQL"], tables: GOOD["Databases.md"].tables });
	});

	it("keeps a note's entry that leaves out its hidden frameworks, and resets an entry that is not an object", () => {
		const { settings, reset } = readSettings({ noteViewState: { "a.md": { tables: { "A|B": { transposed: true } } }, "b.md": ["JAX"], "c.md": { hiddenFrameworks: ["JAX"] } } });
		expect(settings.noteViewState).toEqual({ "a.md": { hiddenFrameworks: [], tables: { "A|B": { transposed: true } } }, "c.md": { hiddenFrameworks: ["JAX"] } });
		expect(reset).toEqual(['noteViewState["b.md"]']);
	});

	it("resets the whole map only when it is not a map", () => {
		for (const noteViewState of [null, 3, ["a.md"], "x"]) {
			const { settings, reset } = readSettings({ noteViewState, linkFrameworkNames: false });
			expect(settings.noteViewState).toEqual({});
			expect(settings.linkFrameworkNames).toBe(false);
			expect(reset).toEqual(["noteViewState"]);
		}
	});

	it("keeps keys spelled like Object's own properties as plain keys", () => {
		const saved = JSON.parse('{"noteViewState": {"__proto__": {"hiddenFrameworks": ["JAX"]}, "constructor": {"tables": {"__proto__": {"transposed": true}}}}}') as unknown;
		const { settings, reset } = readSettings(saved);
		expect(reset).toEqual([]);
		expect(Object.getPrototypeOf(settings.noteViewState)).toBe(Object.prototype);
		expect(Object.keys(settings.noteViewState)).toEqual(["__proto__", "constructor"]);
		expect(Object.getOwnPropertyDescriptor(settings.noteViewState, "__proto__")?.value).toEqual({ hiddenFrameworks: ["JAX"] });
		const own = Object.getOwnPropertyDescriptor(settings.noteViewState, "constructor")?.value as { tables: Record<string, unknown> };
		expect(Object.keys(own.tables)).toEqual(["__proto__"]);
	});

	it("names at most five values in the notice", () => {
		const reset = Array.from({ length: 8 }, (_, i) => `noteViewState["n${i}.md"].hiddenFrameworks`);
		expect(describeReset(reset)).toContain('noteViewState["n4.md"].hiddenFrameworks and 3 more)');
		expect(describeReset(reset)).not.toContain("n5.md");
	});
});

describe("readSettings: detection corrections", () => {
	it("drops only the bad values, one by one, and names each", () => {
		const { settings, reset } = readSettings({
			linkFrameworkNames: false,
			detection: {
				"good.md": { notFrameworks: ["Vite"], tableAxes: { "A|B": "rows" } },
				"bad-entry.md": "rows",
				"bad-list.md": { notFrameworks: "Vite", tableAxes: { "A|B": "columns" } },
				"bad-axis.md": { notFrameworks: ["X"], tableAxes: { "A|B": "diagonal", "C|D": "none" } },
				"bad-axes.md": { tableAxes: ["rows"] },
				"empty.md": {},
			},
		});
		expect(settings.linkFrameworkNames).toBe(false);
		expect(settings.detection).toEqual({
			"good.md": { notFrameworks: ["Vite"], tableAxes: { "A|B": "rows" } },
			"bad-list.md": { tableAxes: { "A|B": "columns" } },
			"bad-axis.md": { notFrameworks: ["X"], tableAxes: { "C|D": "none" } },
		});
		expect(reset).toEqual([
			'detection["bad-entry.md"]',
			'detection["bad-list.md"].notFrameworks',
			'detection["bad-axis.md"].tableAxes["A|B"]',
			'detection["bad-axes.md"].tableAxes',
		]);
		expect(describeReset(reset)).toContain('detection["bad-entry.md"]');
	});

	it("resets the whole map when it is not a map", () => {
		for (const detection of [null, 3, ["a.md"], "x"]) {
			const { settings, reset } = readSettings({ detection, rememberViewState: false });
			expect(settings.detection).toEqual({});
			expect(settings.rememberViewState).toBe(false);
			expect(reset).toEqual(["detection"]);
		}
	});

	it("drops a name that is not text from a list of names marked not a framework, keeping the others", () => {
		const { settings, reset } = readSettings({ detection: { "a.md": { notFrameworks: ["Vite", 3, "Flax"] }, "b.md": { notFrameworks: ["X"] } } });
		expect(settings.detection).toEqual({ "a.md": { notFrameworks: ["Vite", "Flax"] }, "b.md": { notFrameworks: ["X"] } });
		expect(reset).toEqual(['detection["a.md"].notFrameworks[1]']);
	});

	it("reads data saved before corrections existed as no corrections", () => {
		expect(readSettings({ linkFrameworkNames: true }).settings.detection).toEqual({});
	});
});

describe("saved choices of per-framework sections and code samples", () => {
	it("keeps a group's layout and selected tab, and drops a value that is not one, naming it", () => {
		const saved = { noteViewState: { "a.md": { hiddenFrameworks: [], groups: { "sections:JAX|PyTorch": { layout: "flow" }, "code:JAX|PyTorch": { layout: "grid", selected: "PyTorch" }, bad: 3 } } } };
		const { settings, reset } = readSettings(saved);
		expect(settings.noteViewState["a.md"]?.groups).toEqual({ "sections:JAX|PyTorch": { layout: "flow" }, "code:JAX|PyTorch": { selected: "PyTorch" } });
		expect(reset).toEqual(['noteViewState["a.md"].groups["code:JAX|PyTorch"].layout', 'noteViewState["a.md"].groups["bad"]']);
	});
});
