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
			expect(reset).toEqual(["linkFrameworkNames", "rememberViewState", "noteViewState"]);
		}
	});

	it("drops keys from older versions without complaint", () => {
		expect(readSettings({ legacyTheme: "blue", linkFrameworkNames: false })).toEqual({
			settings: { ...DEFAULT_SETTINGS, linkFrameworkNames: false },
			reset: [],
		});
	});

	it("never shares the defaults object between readings", () => {
		const first = readSettings(null).settings;
		first.noteViewState["x.md"] = { hiddenFrameworks: ["JAX"] };
		expect(readSettings(null).settings.noteViewState).toEqual({});
		expect(DEFAULT_SETTINGS.noteViewState).toEqual({});
	});
});
