// The log-keys rule (src/core/model/evidence/log-keys.ts): a side whose labels run as a
// log's keys — weekdays or months in calendar order, dates or times in order, one plain
// word numbered one after another — holds no things compared. Made-up tables, with notes
// where it must act and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { dateKey } from "../../../src/core/model/evidence/log-keys";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const logKeysIn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].evidence.filter((e) => e.rule === "log-keys").map(() => side)),
	);

describe("a log's keys are not things compared (log-keys)", () => {
	it("gives no toolbar to a log of months, as a budget keeps them", () => {
		const text = lines("| Month | Rent | Food | Fun |", "|---|---|---|---|", "| January | 900 € | 310 € | 80 € |", "| February | 900 € | 280 € | 120 € |", "| March | 900 € | 330 € | 60 € |");
		expect(logKeysIn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads weekdays in other languages from Intl, wrapping over the week's end", () => {
		const text = lines("| Tag | Schlaf | Schritte |", "|---|---|---|", "| Fr | 7 h | 8.200 |", "| Sa | 9 h | 3.100 |", "| So | 8 h | 5.000 |", "| Mo | 6 h | 9.900 |");
		expect(logKeysIn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("gives no toolbar to a log by dates or by times", () => {
		const dates = lines("| Date | Weight | Notes |", "|---|---|---|", "| 2024-03-02 | 81 kg | ok |", "| 2024-03-09 | 80.5 kg | ok |", "| 2024-03-16 | 80 kg | tired |");
		expect(logKeysIn(dates)).toEqual(["rows"]);
		expect(note(dates).frameworks).toEqual([]);
		const times = lines("| Time | Temp | Wind |", "|---|---|---|", "| 06:00 | 4 °C | 10 km/h |", "| 09:00 | 8 °C | 12 km/h |", "| 12:00 | 13 °C | 15 km/h |");
		expect(logKeysIn(times)).toEqual(["rows"]);
		expect(note(times).frameworks).toEqual([]);
	});

	it("reads one plain word numbered one after another as keys", () => {
		const text = lines("| Sprint | Points | Bugs |", "|---|---|---|", "| Sprint 14 | 31 | 4 |", "| Sprint 15 | 28 | 6 |", "| Sprint 16 | 35 | 2 |");
		expect(logKeysIn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("keeps the frameworks down the rows when years or months run across as keys", () => {
		const text = lines("| Framework | Jan | Feb | Mar |", "|---|---|---|---|", "| [React](https://react.dev) | 21k | 22k | 23k |", "| [Vue](https://vuejs.org) | 9k | 9.5k | 10k |", "| [Svelte](https://svelte.dev) | 3k | 3.2k | 3.6k |");
		expect(logKeysIn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["React", "Vue", "Svelte"]);
	});

	it("says nothing of a feature matrix, a benchmark table or a sectioned matrix", () => {
		const matrix = lines("# React vs Vue vs Svelte", "", "| Feature | React | Vue | Svelte |", "|---|---|---|---|", "| JSX | ✓ | ✗ | ✗ |", "| SSR | ✓ | ✓ | ✓ |", "| Signals | ✗ | ✓ | ✓ |");
		expect(logKeysIn(matrix)).toEqual([]);
		expect(note(matrix).frameworks).toEqual(["React", "Vue", "Svelte"]);
		const bench = lines("| Library | ops/sec | Memory |", "|---|---|---|", "| fastify | 78,000 | 40 MB |", "| express | 14,000 | 55 MB |", "| koa | 38,000 | 45 MB |");
		expect(logKeysIn(bench)).toEqual([]);
		const sections = lines("| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(logKeysIn(sections)).toEqual([]);
	});

	it("says nothing of a rows-table of libraries with Stars and License", () => {
		const text = lines("| Name | Stars | License |", "|---|---|---|", "| [lodash](https://github.com/lodash/lodash) | 59k | MIT |", "| [ramda](https://github.com/ramda/ramda) | 23k | MIT |", "| [underscore](https://github.com/jashkenas/underscore) | 27k | MIT |");
		expect(logKeysIn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["lodash", "ramda", "underscore"]);
	});

	it("leaves a maker's numbering and releases that skip alone", () => {
		const phones = lines("| | iPhone 13 | iPhone 14 | iPhone 15 |", "|---|---|---|---|", "| Weight | 174 g | 172 g | 171 g |", "| Price | $699 | $799 | $799 |");
		expect(logKeysIn(phones)).toEqual([]);
		const node = lines("| Feature | Node 18 | Node 20 | Node 22 |", "|---|---|---|---|", "| fetch | ✓ | ✓ | ✓ |", "| test runner | ✗ | ✓ | ✓ |");
		expect(logKeysIn(node)).toEqual([]);
		// Counted from one: ./numbered-series' case, a decision matrix's options stay compared.
		const options = lines("| | Option 1 | Option 2 | Option 3 |", "|---|---|---|---|", "| Cost | $10 | $20 | $5 |", "| Risk | low | high | medium |");
		expect(logKeysIn(options)).toEqual([]);
	});

	it("says nothing of days or dates out of order or mixed with names", () => {
		const shuffled = lines("| Day | Gym |", "|---|---|", "| Wed | ✓ |", "| Mon | ✗ |", "| Tue | ✓ |");
		expect(logKeysIn(shuffled)).toEqual([]);
		const mixed = lines("| Tool | Stars |", "|---|---|", "| March | 1k |", "| Vite | 60k |", "| esbuild | 35k |");
		expect(logKeysIn(mixed)).toEqual([]);
	});
});

describe("dateKey", () => {
	it("reads dates and times written in digits, and nothing else", () => {
		expect(dateKey("2024-03-02")?.form).toBe("ymd-");
		expect(dateKey("02.03.2024")?.form).toBe("dmy.");
		expect(dateKey("14:30")?.form).toBe("time2");
		expect(dateKey("1.2.3")).toBeNull();
		expect(dateKey("2024-13-02")).toBeNull();
		expect(dateKey("2024-03/02")).toBeNull();
		expect(dateKey("v1.2")).toBeNull();
		expect(dateKey("25:00")).toBeNull();
	});
});
