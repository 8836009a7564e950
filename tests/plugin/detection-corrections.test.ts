import { describe, expect, it } from "vitest";
import { DetectionCorrections } from "../../src/plugin/detection-corrections";
import { DEFAULT_SETTINGS, type FrameworkCompareSettings } from "../../src/plugin/settings-schema";

function setup() {
	const settings: FrameworkCompareSettings = { ...DEFAULT_SETTINGS, noteViewState: {}, detection: {} };
	const saves: string[] = [];
	const changed: string[] = [];
	const corrections = new DetectionCorrections(
		() => settings,
		() => saves.push(JSON.stringify(settings.detection)),
		(path) => changed.push(path),
	);
	return { settings, saves, changed, corrections };
}

describe("DetectionCorrections", () => {
	it("marks names Not a framework once, compared as normalised names, and restores them", () => {
		const { settings, corrections, changed, saves } = setup();
		corrections.markNotFramework("a.md", "Vite");
		corrections.markNotFramework("a.md", "**vite**");
		corrections.markNotFramework("a.md", "  ");
		corrections.markNotFramework("a.md", "Rollup");
		expect(settings.detection).toEqual({ "a.md": { notFrameworks: ["Vite", "Rollup"] } });
		expect(corrections.overrides("a.md")).toEqual({ notFrameworks: ["Vite", "Rollup"] });
		expect(changed).toEqual(["a.md", "a.md"]);
		expect(saves).toHaveLength(2);
		corrections.restore("a.md", ["VITE"]);
		expect(corrections.notFrameworks("a.md")).toEqual(["Rollup"]);
		corrections.restore("a.md", ["Rollup", "never marked"]);
		expect(settings.detection).toEqual({});
		expect(corrections.has("a.md")).toBe(false);
		corrections.restore("a.md", ["Rollup"]);
		expect(changed).toEqual(["a.md", "a.md", "a.md", "a.md"]);
	});

	it("keeps tables headed like object keys apart, saved and read back as plain keys", () => {
		const { settings, corrections } = setup();
		expect(corrections.tableAxis("a.md", "constructor")).toBeUndefined();
		expect(corrections.has("constructor")).toBe(false);
		corrections.setTableAxis("a.md", "__proto__", "rows");
		corrections.setTableAxis("a.md", "constructor", "columns");
		expect(corrections.tableAxis("a.md", "__proto__")).toBe("rows");
		expect(corrections.tableAxis("a.md", "constructor")).toBe("columns");
		expect(corrections.tableAxis("a.md", "toString")).toBeUndefined();
		expect(JSON.parse(JSON.stringify(settings.detection))).toEqual(JSON.parse('{"a.md":{"tableAxes":{"__proto__":"rows","constructor":"columns"}}}'));
		// Nothing leaked onto Object's prototype.
		expect(({} as Record<string, unknown>).rows).toBeUndefined();
	});

	it("sets, changes and removes a table's axis", () => {
		const { settings, corrections, changed } = setup();
		corrections.setTableAxis("a.md", "~|Price", "rows");
		corrections.setTableAxis("a.md", "~|Price", "rows");
		corrections.setTableAxis("a.md", "X|Y#2", "none");
		expect(settings.detection["a.md"]).toEqual({ tableAxes: { "~|Price": "rows", "X|Y#2": "none" } });
		expect(corrections.tableAxis("a.md", "X|Y#2")).toBe("none");
		corrections.setTableAxis("a.md", "~|Price", null);
		corrections.setTableAxis("a.md", "X|Y#2", null);
		expect(settings.detection).toEqual({});
		expect(changed).toEqual(["a.md", "a.md", "a.md", "a.md"]);
	});

	it("follows renames, drops deleted notes, and forgets one note or all", () => {
		const { settings, corrections, changed } = setup();
		corrections.markNotFramework("a.md", "Vite");
		corrections.setTableAxis("b.md", "A|B", "columns");
		corrections.renamed("a.md", "folder/a2.md");
		expect(Object.keys(settings.detection).sort()).toEqual(["b.md", "folder/a2.md"]);
		corrections.deleted("b.md");
		expect(Object.keys(settings.detection)).toEqual(["folder/a2.md"]);
		corrections.setTableAxis("c.md", "A|B", "rows");
		expect(corrections.size).toBe(2);
		changed.length = 0;
		corrections.reset("folder/a2.md");
		expect(changed).toEqual(["folder/a2.md"]);
		corrections.resetAll();
		expect(settings.detection).toEqual({});
		expect(changed).toEqual(["folder/a2.md", "c.md"]);
	});
});
