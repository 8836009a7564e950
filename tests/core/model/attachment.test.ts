// A picture is not a name: an embedded attachment shows what a row looks like. Made-up
// notes written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { isOwnFile, isShownFile } from "../../../src/core/model/evidence/attachment";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const nameRules = (text: string, label: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT)
		.explanation.flatMap((group) => [...group.rows.names, ...group.columns.names])
		.filter((name) => name.label === label)
		.flatMap((name) => name.evidence.map((e) => e.rule));

describe("embedded pictures are no evidence of a name", () => {
	const gallery = lines(
		"# Status bars",
		"",
		"| Desktop | Screenshot |",
		"| --- | --- |",
		"| KDE Plasma Panel | ![[KDE Plasma Panel.png]] |",
		"| Xfce Panel (bottom) | ![[Xfce Panel (bottom).png]] |",
		"| Polybar | ![[Polybar.jpg]] |",
		"| Waybar | ![[Waybar.webp]] |",
	);

	it("leaves a gallery of screenshots alone: each row beside its own picture compares nothing", () => {
		const model = note(gallery);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("gives a label neither a link nor a value from its own picture", () => {
		expect(nameRules(gallery, "Polybar")).not.toContain("linked-in-note");
		expect(nameRules(gallery, "Xfce Panel (bottom)")).not.toContain("named-in-values");
	});

	it("still counts a wikilink to a thing's note, and an embedded note, as links", () => {
		const text = lines("See [[Polybar]] and ![[Waybar]].", "", "| Bar | Config | Modules | Memory |", "| --- | --- | --- | --- |", "| Polybar | ini | 40 | 12 MB |", "| Waybar | json | 35 | 18 MB |");
		expect(nameRules(text, "Polybar")).toContain("linked-in-note");
		expect(nameRules(text, "Waybar")).toContain("linked-in-note");
	});

	it("keeps a feature matrix with a row of logos: the products across the header stay compared", () => {
		const text = lines(
			"# [[Vite]] vs [[Webpack]] vs [[Parcel]]",
			"",
			"| Feature | Vite | Webpack | Parcel |",
			"| --- | --- | --- | --- |",
			"| Logo | ![[vite.png]] | ![[webpack.png]] | ![[parcel.png]] |",
			"| Dev server | ✅ | ✅ | ✅ |",
			"| Config needed | ❌ | ✅ | ❌ |",
			"| Cold start | 0.3 s | 4.1 s | 1.2 s |",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Vite", "Webpack", "Parcel"]);
	});

	it("keeps a benchmark down the rows with a screenshot column", () => {
		const text = lines(
			"# Terminal emulators",
			"",
			"| Terminal | Screenshot | Startup | Memory | GPU |",
			"| --- | --- | --- | --- | --- |",
			"| [Alacritty](https://alacritty.org) | ![[alacritty.png]] | 35 ms | 30 MB | ✅ |",
			"| [Kitty](https://sw.kovidgoyal.net/kitty) | ![[kitty.png]] | 80 ms | 60 MB | ✅ |",
			"| [WezTerm](https://wezfurlong.org/wezterm) | ![[wezterm.png]] | 120 ms | 90 MB | ✅ |",
			"| [xterm](https://invisible-island.net/xterm) | ![[xterm.png]] | 20 ms | 8 MB | ❌ |",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Alacritty", "Kitty", "WezTerm", "xterm"]);
	});

	it("keeps a tool's commands beginning with its name as its values", () => {
		const text = lines("| Task | npm | pnpm |", "| --- | --- | --- |", "| Install | npm install | pnpm install |", "| Add | npm add x | pnpm add x |", "| Run | npm run x | pnpm run x |");
		expect(nameRules(text, "npm")).toContain("named-in-values");
	});

	it("reads a file the note shows in place by its format, and a label's own file by its name", () => {
		expect(isShownFile("Taskbar.png")).toBe(true);
		expect(isShownFile("talk.MP3")).toBe(true);
		expect(isShownFile("Node.js")).toBe(false);
		expect(isShownFile("Vue.js")).toBe(false);
		expect(isOwnFile("plank dock (app).png", "plank dock", "plank dock (app)")).toBe(true);
		expect(isOwnFile("plank dock config.png", "plank dock")).toBe(false);
		expect(isOwnFile("npm install", "npm")).toBe(false);
	});
});
