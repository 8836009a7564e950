// A line naming the winner of each round (src/core/model/evidence/winner-line.ts): its values name
// the other labels of its side, so those labels are the things compared and the line is a verdict,
// no thing of its own. Made-up notes: where it must act, and lines of names where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "winner-line" && e.score > 0)),
	);

describe("a line naming the winner of each round (winner-line)", () => {
	it("reads e-readers across the header, a winner column naming them by their first words, with a tie", () => {
		const text = lines(
			"# Kindle Paperwhite vs. Kobo Clara 2E",
			"",
			"| Kriterium | Kindle Paperwhite | Kobo Clara 2E | Sieger |",
			"|---|---|---|---|",
			"| Bildschirm | 6,8 Zoll, 300 ppi | 6 Zoll, 300 ppi | 🏆 **Kindle** |",
			"| Formate | nur Amazon | EPUB, PDF | 🏆 **Kobo** |",
			"| Akku | 10 Wochen | 6 Wochen | Kindle |",
			"| Preis | 149 € | 139 € | Gleichstand |",
		);
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(text).frameworks).toEqual(["Kindle Paperwhite", "Kobo Clara 2E"]);
	});

	it("reads a last row naming the database that wins each column, and leaves the row out of the names", () => {
		const text = lines(
			"# Embedded or server",
			"",
			"| Database | Reads/s | Writes/s | Disk |",
			"|---|---|---|---|",
			"| PostgreSQL | 12k | 8k | 1.2 GB |",
			"| MySQL | 15k | 6k | 1.0 GB |",
			"| SQLite | 30k | 1k | 0.4 GB |",
			"| Best | SQLite | PostgreSQL | SQLite |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});

	it("reads a column naming one library all the way down, where it wins every round of a benchmark", () => {
		const text = lines(
			"# Chart libraries under load",
			"",
			"uPlot and ECharts both draw on a canvas; each size was drawn ten times.",
			"",
			"| Time (ms) | uPlot | ECharts | Faster |",
			"|---|---|---|---|",
			"| 100 points | 4 | 31 | uPlot |",
			"| 1.000 points | 9 | 58 | uPlot |",
			"| 10.000 points | 41 | 212 | uPlot |",
			"| 100.000 points | 380 | N/A | N/A |",
		);
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["uPlot", "ECharts"]);
	});

	it("reads a column naming one of them all the way down over rounds won low and high, in units of their own, or with a remark", () => {
		const directions = lines(
			"# Express vs Fastify",
			"",
			"| Metric | Express | Fastify | Sieger |",
			"|---|---|---|---|",
			"| Latency (ms) | 12 | 8 | Fastify |",
			"| Throughput (req/s) | 10000 | 30000 | Fastify |",
			"| Memory (MB) | 80 | 60 | Fastify |",
		);
		expect(firedOn(directions)).toEqual(["columns"]);
		expect(note(directions).frameworks).toEqual(["Express", "Fastify"]);
		const units = lines("# Webpack vs Vite vs esbuild", "", "| Test | Webpack | Vite | esbuild | Sieger |", "|---|---|---|---|---|", "| Cold start | 1.2 s | 900 ms | 300 ms | esbuild |", "| Rebuild | 2 s | 500 ms | 80 ms | esbuild |", "| Build | 40 s | 12 s | 1.1 s | esbuild |");
		expect(note(units).frameworks).toEqual(["Webpack", "Vite", "esbuild"]);
		const remarks = lines(
			"# Chart rendering",
			"",
			"Chart.js, Recharts and ECharts drew the same points ten times each.",
			"",
			"| Points | Chart.js | Recharts | ECharts | Sieger |",
			"|---|---|---|---|---|",
			"| 1,000 | 12 ms | 60 ms | 40 ms | Chart.js (5x faster) |",
			"| 10,000 | 30 ms | 210 ms | 120 ms | Chart.js (7x faster) |",
			"| 100,000 | 95 ms | 950 ms | 600 ms | Chart.js (10x faster) |",
		);
		expect(firedOn(remarks)).toEqual(["columns"]);
	});

	it("says nothing of a row whose sizes are built on another row's", () => {
		const text = lines(
			"# Frontend frameworks",
			"",
			"| Framework | Bundle size | Cold start | Stars |",
			"|---|---|---|---|",
			"| React | 45 kB | 120 ms | 220k |",
			"| Preact | 4 kB | 30 ms | 36k |",
			"| Next.js | React + 90 kB | React + 200 ms | 120k |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["React", "Preact", "Next.js"]);
	});

	it("says nothing of a column of words naming one header cell all the way down: a record as often as a verdict", () => {
		const text = lines(
			"# Schema libraries",
			"",
			"Each works with Deno and TypeScript.",
			"",
			"| Package | Deno | TypeScript | Written in |",
			"|---|---|---|---|",
			"| Zod | yes, via npm | first-class types | TypeScript |",
			"| Valibot | yes, via JSR | first-class types | TypeScript |",
			"| Yup | yes, via npm | bundled types | TypeScript |",
		);
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of rows naming one of them with more words: what a framework is built on", () => {
		const text = lines(
			"# React frameworks",
			"",
			"| Framework | Built on | Router | State |",
			"|---|---|---|---|",
			"| React | — | React Router | Redux |",
			"| Next.js | React | App Router | React Context |",
			"| Remix | React | React Router | React hooks |",
			"| Gatsby | React | Reach Router | React Context |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["React", "Next.js", "Remix", "Gatsby"]);
	});

	it("says nothing of a state column naming the column of dates it stands for", () => {
		const text = lines(
			"# Deno releases",
			"",
			"| Release | Status | Released | Active-Support | End-of-life |",
			"|---|---|---|---|---|",
			"| 1.0 | **End-of-life** | 2020-05-13 | 2020-05-13 | 2021-05-13 |",
			"| 1.10 | **End-of-life** | 2021-04-27 | 2021-04-27 | 2022-04-27 |",
			"| 1.20 | **End-of-life** | 2022-03-17 | 2022-03-17 | 2023-03-17 |",
			"| 2.0 | **Current** | 2024-10-09 | 2024-10-09 | 2026-10-09 |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
	});

	it("says nothing of a column naming one label all the way down where the labels are no names of their own", () => {
		const text = lines("# Build tools", "", "| Need | Vite | Webpack | Pick |", "|---|---|---|---|", "| Dev server | fast | slow | Vite |", "| Legacy | plugins | loaders | Vite |", "| SSR | yes | yes | Vite |");
		expect(firedOn(text)).toEqual([]);
		const levels = lines("# Logging", "", "| Setting | Low | High | Default |", "|---|---|---|---|", "| Verbosity | 1 | 5 | Low |", "| Retention | 7 | 90 | Low |", "| Sampling | 10 | 100 | Low |");
		expect(firedOn(levels)).toEqual([]);
	});

	it("says nothing of a column naming what its header does not hold", () => {
		const text = lines("# Editors", "", "| Editor | Engine | Successor | Maker |", "|---|---|---|---|", "| Atom | Electron | Pulsar | GitHub |", "| Brackets | CEF | Phoenix | Adobe |", "| Light Table | NW.js | none | Kodowa |");
		expect(firedOn(text)).toEqual([]);
	});

	it("takes a cell that begins two labels alike for neither", () => {
		const text = lines(
			"# Boards",
			"",
			"| Spec | Raspberry Pi 4 | Raspberry Pi 5 | Orange Pi 5 | Better |",
			"|---|---|---|---|---|",
			"| CPU | A72 | A76 | A76 + A55 | Raspberry Pi |",
			"| RAM | 8 GB | 8 GB | 16 GB | Orange Pi |",
			"| GPU | VideoCore VI | VideoCore VII | Mali | Raspberry Pi |",
		);
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of lines naming people on a rota, a phone's strongest criterion or a default level", () => {
		const rota = lines("# Support", "", "| Week | Alice | Bob | Carol | On call |", "|---|---|---|---|---|", "| 1 | 8h | 4h | 2h | Alice |", "| 2 | 2h | 8h | 4h | Bob |", "| 3 | 4h | 2h | 8h | Carol |", "| 4 | 8h | 4h | 2h | Alice |");
		expect(firedOn(rota)).toEqual([]);
		expect(note(rota).frameworks).toEqual([]);
		const phones = lines(
			"# Phones",
			"",
			"| Phone | Camera | Battery | Display | Strongest |",
			"|---|---|---|---|---|",
			"| Pixel 8 | 9 | 7 | 8 | Camera |",
			"| iPhone 15 | 8 | 8 | 9 | Display |",
			"| Galaxy S24 | 8 | 9 | 9 | Battery |",
			"| OnePlus 12 | 7 | 9 | 8 | Battery |",
		);
		expect(firedOn(phones)).toEqual([]);
		expect(note(phones).tables[0]?.frameworkAxis).toBe("rows");
		const levels = lines("# Quality", "", "| Setting | Low | Medium | High | Default |", "|---|---|---|---|---|", "| Shadows | off | soft | ray traced | Medium |", "| Textures | 1K | 2K | 4K | High |", "| Draw distance | 500 m | 1 km | 2 km | Low |", "| Grass | sparse | dense | full | Medium |");
		expect(firedOn(levels)).toEqual([]);
		expect(note(levels).frameworks).toEqual([]);
	});
});

