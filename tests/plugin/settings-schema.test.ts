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
		expect(settings.noteViewState).toEqual({});
		expect(reset).toEqual(["linkFrameworkNames", "noteViewState"]);
		expect(describeReset(reset)).toContain("linkFrameworkNames, noteViewState");
	});

	it("resets everything when the saved data is not an object at all", () => {
		for (const saved of [42, "settings", [true], true]) {
			const { settings, reset } = readSettings(saved);
			expect(settings).toEqual(DEFAULT_SETTINGS);
			expect(reset).toEqual(["linkFrameworkNames", "rememberViewState", "noteViewState", "detection"]);
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
		expect(readSettings({ noteViewState: { "a.md": { hiddenFrameworks: [], charts: { x: { view: "pie" } } } } }).reset).toEqual(["noteViewState"]);
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

	it("reads data saved before corrections existed as no corrections", () => {
		expect(readSettings({ linkFrameworkNames: true }).settings.detection).toEqual({});
	});
});
