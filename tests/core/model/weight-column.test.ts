// A decision matrix's weights (src/core/model/evidence/weight-column.ts): a column whose numbers
// times each thing's scores give their weighted values, or whose shares add up to a whole beside
// scores, is a key of the criteria, not a thing; and the rows it weighs are criteria
// (./weighted-rows.ts). Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const weights = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => group.columns.names.filter((n) => n.evidence.some((e) => e.rule === "weight-column")).map((n) => n.label));

describe("a column that weighs the scores beside it (weight-column)", () => {
	it("reads Gewichtung as the criteria's weights, not a generator", () => {
		const text = lines(
			"# Nutzwertanalyse",
			"",
			"| Kriterium | Gewichtung | Hugo (Bewertung) | Hugo (gewichtet) | Jekyll (Bewertung) | Jekyll (gewichtet) |",
			"|---|---|---|---|---|---|",
			"| Markdown | 5 | 5 | 25 | 4 | 20 |",
			"| Geschwindigkeit | 4 | 5 | 20 | 2 | 8 |",
			"| Einfachheit | 3 | 2 | 6 | 4 | 12 |",
			"| Vorwissen | 2 | 0 | 0 | 5 | 10 |",
		);
		expect(weights(text)).toEqual(["Gewichtung"]);
		expect(note(text).frameworks).not.toContain("Gewichtung");
	});

	it("says nothing of a benchmark whose numbers multiply nothing", () => {
		const text = lines("# Runtimes", "", "| Test | Node | Deno | Bun |", "|---|---|---|---|", "| startup | 40 | 25 | 8 |", "| http | 61 | 93 | 118 |", "| fs | 12 | 10 | 6 |");
		expect(weights(text)).toEqual([]);
	});
});

describe("weights written as shares of a whole beside scores (weight-column, weighted-rows)", () => {
	it("reads a column of percentages adding up to 100 % beside scores as weights, and the other columns as the things scored", () => {
		const text = lines(
			"# Which database for the shop",
			"",
			"| Criterion | Weight | Postgres | MySQL | SQLite |",
			"|---|---:|---:|---:|---:|",
			"| Reliability | 30% | 5 | 4 | 4 |",
			"| Ease of ops | 25% | 3 | 4 | 5 |",
			"| Ecosystem | 20% | 5 | 5 | 3 |",
			"| Cost | 15% | 4 | 4 | 5 |",
			"| Scaling | 10% | 5 | 4 | 1 |",
		);
		expect(weights(text)).toEqual(["Weight"]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(text).frameworks).toEqual(["Postgres", "MySQL", "SQLite"]);
	});

	it("takes the share the heading gives as the whole, table after table of one matrix", () => {
		const matrix = (heading: string, rows: string[]) => [heading, "", "| Unterkriterium | Gewicht | Hugo | Jekyll | Astro |", "|---|--:|--:|--:|--:|", ...rows, ""];
		const text = lines(
			"# Entscheidungsmatrix",
			"",
			...matrix("### Funktionalität (40%)", ["| Templates | 20% | 8 | 7 | 9 |", "| Markdown | 10% | 9 | 9 | 9 |", "| Plugins | 10% | 6 | 9 | 8 |"]),
			...matrix("### Wartung (60%)", ["| Updates | 30% | 9 | 5 | 9 |", "| Dokumentation | 20% | 8 | 7 | 8 |", "| Community | 10% | 7 | 8 | 8 |"]),
		);
		expect(weights(text)).toEqual(["Gewicht", "Gewicht"]);
		expect(note(text).tables.map((table) => table.frameworkAxis)).toEqual(["columns", "columns"]);
		expect(note(text).frameworks).toEqual(["Hugo", "Jekyll", "Astro"]);
	});

	it("reads fractions of one as weights too", () => {
		const text = lines("# Pick a queue", "", "| | w | Kafka | RabbitMQ | NATS |", "|---|---|---|---|---|", "| Throughput | 0.4 | 9 | 6 | 8 |", "| Operations | 0.35 | 4 | 7 | 9 |", "| Ecosystem | 0.25 | 9 | 8 | 6 |");
		expect(weights(text)).toEqual(["w"]);
		expect(note(text).frameworks).toEqual(["Kafka", "RabbitMQ", "NATS"]);
	});

	it("reads weights above a total row, and eighths of a whole written with a decimal comma", () => {
		const total = lines(
			"# Entscheidungsmatrix",
			"",
			"| Kriterium | Gewicht | React | Angular | Vue |",
			"|---|--:|--:|--:|--:|",
			"| Performance | 40% | 8 | 7 | 9 |",
			"| Ökosystem | 35% | 10 | 8 | 8 |",
			"| Lernkurve | 25% | 6 | 4 | 9 |",
			"| **Summe** | **100%** | **8,1** | **6,6** | **8,7** |",
		);
		expect(weights(total)).toEqual(["Gewicht"]);
		expect(note(total).frameworks).toEqual(["React", "Angular", "Vue"]);
		const eighths = lines("# Entscheidungsmatrix", "", "| Kriterium | Gewicht | React | Vue |", "|---|---|---|---|", "| Performance | 0,5 | 8 | 9 |", "| Ökosystem | 0,25 | 9 | 7 |", "| Lernkurve | 0,125 | 5 | 8 |", "| Tooling | 0,125 | 9 | 8 |");
		expect(weights(eighths)).toEqual(["Gewicht"]);
		expect(note(eighths).frameworks).toEqual(["React", "Vue"]);
	});

	it("reads any shares of the whole as weights, a last one of half the whole included", () => {
		const matrix = (shares: string[]) =>
			lines("# Static site generators", "", "| Criterion | Weight | Hugo | Jekyll | Astro |", "|---|--:|--:|--:|--:|", ...["Speed", "Templates", "Plugins", "Docs", "Hosting"].slice(0, shares.length).map((criterion, i) => `| ${criterion} | ${shares[i]} | ${7 + (i % 3)} | ${5 + (i % 4)} | ${8 - (i % 2)} |`));
		for (const shares of [["10%", "15%", "25%", "50%"], ["35%", "25%", "20%", "12%", "8%"], ["33.3%", "33.3%", "33.3%"]]) {
			expect(weights(matrix(shares)), shares.join(" ")).toEqual(["Weight"]);
			expect(note(matrix(shares)).frameworks, shares.join(" ")).toEqual(["Hugo", "Jekyll", "Astro"]);
		}
	});

	it("takes no market shares for weights beside places rather than scores", () => {
		const shares = lines("# Browsers", "", "| Browser | Share | Rank 2022 | Rank 2023 |", "|---|---|---|---|", "| Chrome | 65% | 1 | 1 |", "| Safari | 19% | 2 | 2 |", "| Edge | 5% | 3 | 4 |", "| Firefox | 3% | 4 | 5 |", "| Other | 8% | 5 | 3 |");
		expect(weights(shares)).toEqual([]);
		const rounded = lines("# Browsers", "", "| Browser | Share | Rank 2022 | Rank 2023 |", "|---|---|---|---|", "| Chrome | 65% | 1 | 1 |", "| Safari | 20% | 2 | 2 |", "| Edge | 10% | 3 | 4 |", "| Firefox | 5% | 4 | 3 |");
		expect(weights(rounded)).toEqual([]);
	});

	it("takes no shares as weights beside numbers of any size, nor fractions adding up to one by chance further right", () => {
		const shares = lines("# Browsers in 2024", "", "| Browser | Share | Extensions | Releases |", "|---|---|---|---|", "| Chrome | 65% | 137000 | 12 |", "| Safari | 18% | 3200 | 4 |", "| Edge | 12% | 42000 | 12 |", "| Firefox | 5% | 29000 | 12 |");
		expect(weights(shares)).toEqual([]);
		const seconds = lines("# Cold cache", "", "| | DuckDB | ClickHouse | Polars |", "|---|---|---|---|", "| Q1 | 0.52 | 0.35 | 0.90 |", "| Q2 | 0.70 | 0.41 | 1.02 |", "| Q3 | 0.38 | 0.24 | 0.61 |");
		expect(weights(seconds)).toEqual([]);
		expect(note(seconds).frameworks).toEqual(["DuckDB", "ClickHouse", "Polars"]);
	});
});
