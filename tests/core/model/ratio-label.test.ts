// A label joining two other labels of its side (src/core/model/evidence/ratio-label.ts): their ratio
// or comparison, no thing of its own. Made-up notes: where it must act, and names written with a
// slash that join no two labels.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "ratio-label")).map((name) => name.label)),
	);

describe("a label joining two others of its side (ratio-label)", () => {
	it("leaves out a column of one bundler against another, one of them written by its initials", () => {
		const text = lines(
			"# Create React App, Vite, Rspack and Rsbuild",
			"",
			"| 指标 | Create React App | Vite | Rspack | Rsbuild | Rsbuild vs CRA |",
			"|---|---|---|---|---|---|",
			"| dev 启动时间 | 5.47s | 1.29s | 0.66s | 0.39s | **快 14 倍** |",
			"| build 构建时间 | 5.69s | 1.39s | 0.51s | 0.27s | **快 20 倍** |",
			"| npm 依赖数量 | 1241 | 15 | 283 | 14 | **减少 99%** |",
		);
		expect(firedOn(text)).toEqual(["Rsbuild vs CRA"]);
		expect(note(text).frameworks).toEqual(["Create React App", "Vite", "Rspack", "Rsbuild"]);
	});

	it("leaves out rows of one database's time over another's", () => {
		const text = lines(
			"# Postgres or ClickHouse",
			"",
			"| Database | Month | Quarter | Year |",
			"|---|---|---|---|",
			"| Postgres | 6.89 s | 165.01 s | 362.29 s |",
			"| DuckDB | 0.31 s | 0.82 s | 2.95 s |",
			"| ClickHouse | 0.14 s | 0.34 s | 1.66 s |",
			"| Postgres/ClickHouse | 50/1 | 485/1 | 217/1 |",
		);
		expect(firedOn(text)).toEqual(["Postgres/ClickHouse"]);
		expect(note(text).frameworks).toEqual(["Postgres", "DuckDB", "ClickHouse"]);
		// Written as plain numbers as its parts are, but worked out from them.
		const plain = lines(
			"# Query engines",
			"",
			"| Query | Postgres | DuckDB | ClickHouse | Postgres/ClickHouse |",
			"|---|---|---|---|---|",
			"| Q1 count | 1200 | 31 | 24 | 50 |",
			"| Q2 group | 4850 | 82 | 10 | 485 |",
			"| Q3 join | 3690 | 140 | 17 | 217 |",
		);
		expect(firedOn(plain)).toEqual(["Postgres/ClickHouse"]);
	});

	it("keeps a name written with a slash that joins no two labels of its table", () => {
		const text = lines(
			"# Databases in Docker",
			"",
			"| Database | Image size | Start |",
			"|---|---|---|",
			"| MySQL/MariaDB | 560 MB | 9 s |",
			"| PostgreSQL | 430 MB | 3 s |",
			"| SQLite | 8 MB | 0 s |",
		);
		expect(firedOn(text)).toEqual([]);
		// A title that joins two others and is written as they are is a thing of its own.
		const films = lines(
			"# Alien and Predator films",
			"",
			"| Film | Year | Runtime (min) | Rotten Tomatoes |",
			"|---|---|---|---|",
			"| Alien | 1979 | 117 | 93% |",
			"| Predator | 1987 | 107 | 80% |",
			"| Alien vs. Predator | 2004 | 101 | 21% |",
			"| Prey | 2022 | 99 | 94% |",
		);
		expect(firedOn(films)).toEqual([]);
		// Zeros and small counts fall into a ratio or a difference by chance.
		const awards = lines(
			"# Alien, Predator and their crossover",
			"",
			"| Film | Year | Runtime (min) | Sequels | Oscars won | Razzies won |",
			"|---|---|---|---|---|---|",
			"| Alien | 1979 | 117 | 6 | 1 | 0 |",
			"| Predator | 1987 | 107 | 4 | 0 | 0 |",
			"| Alien vs. Predator | 2004 | 101 | 2 | 0 | 0 |",
		);
		expect(firedOn(awards)).toEqual([]);
	});
});
