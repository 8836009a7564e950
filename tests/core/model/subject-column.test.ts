// The subject column (src/core/model/subject-column.ts): a list whose first column repeats a category
// names its rows in a column after it (`Category | Library | Stars`), but a long table that gives each thing
// one row per case it was run on (`Board | Model | FPS`, the boards repeating and the models recurring
// under each) names them in its first column. Made-up notes, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("the column naming the rows", () => {
	it("keeps the boards of a long benchmark table, whose models recur under more than one board", () => {
		const boards = lines(
			"# Facemask detector",
			"",
			"## Benchmark",
			"",
			"| Board       | Model            | Mode     | FPS |",
			"| :---------: | :--------------: | :------: | :-: |",
			"| Rpi 4 - 4gb | TfLite           | Standard | 55  |",
			"| Rpi 4 - 4gb | TfLite Optimized | Standard | 47  |",
			"| Jetson Nano | Tf Model         | Max      | 90  |",
			"| Jetson Nano | TfLite           | 5W       | 41  |",
			"| ZCU104      | Vitis AI         | Standard | 400 |",
		);
		expect(note(boards).frameworks).not.toContain("TfLite");
		expect(note(boards).frameworks).not.toContain("Tf Model");
	});

	it("still names a categorised list's rows in its second column, each member under one category", () => {
		const list = lines(
			"# Awesome JavaScript",
			"",
			"| Category | Library | Stars | License |",
			"|---|---|---|---|",
			"| Frontend | [React](https://github.com/facebook/react) | 230k | MIT |",
			"| Frontend | [Vue](https://github.com/vuejs/core) | 48k | MIT |",
			"| Frontend | [Svelte](https://github.com/sveltejs/svelte) | 80k | MIT |",
			"| Backend | [Express](https://github.com/expressjs/express) | 65k | MIT |",
			"| Backend | [Fastify](https://github.com/fastify/fastify) | 33k | MIT |",
		);
		expect(note(list).frameworks).toEqual(["React", "Vue", "Svelte", "Express", "Fastify"]);
		// One member listed under two categories, its stars and licence alike, is still one member.
		const twice = list.replace("| Backend | [Express]", "| Mobile | [React](https://github.com/facebook/react) | 230k | MIT |\n| Backend | [Express]");
		expect(note(twice).frameworks).toEqual(["React", "Vue", "Svelte", "Express", "Fastify"]);
	});

	it("keeps one member under two categories one member, whatever its description or figures there", () => {
		const described = lines(
			"# Awesome Python",
			"",
			"| Category | Library | What for | Stars |",
			"|---|---|---|---|",
			"| Web | Django | Full-stack sites | 80k |",
			"| Web | Flask | Small services | 68k |",
			"| Web | FastAPI | Async APIs | 78k |",
			"| Data | pandas | Data frames | 44k |",
			"| Data | Polars | Fast data frames | 31k |",
			"| Async | FastAPI | ASGI endpoints | 78k |",
			"| Async | Trio | Structured concurrency | 6k |",
		);
		expect(note(described).frameworks).toEqual(["Django", "Flask", "FastAPI", "pandas", "Polars", "Trio"]);
		const measured = lines(
			"# Databases compared",
			"",
			"| Type | Database | Read latency | Write latency | License |",
			"|---|---|---|---|---|",
			"| Relational | PostgreSQL | 2 ms | 4 ms | PostgreSQL |",
			"| Relational | MySQL | 2 ms | 3 ms | GPL |",
			"| Document | MongoDB | 3 ms | 3 ms | SSPL |",
			"| Document | CouchDB | 5 ms | 6 ms | Apache |",
			"| Key-value | Redis | 0.2 ms | 0.3 ms | BSD |",
			"| Cache | Redis | 0.1 ms | 0.1 ms | BSD |",
			"| Key-value | DynamoDB | 5 ms | 7 ms | Proprietary |",
		);
		expect(note(measured).frameworks).toEqual(["PostgreSQL", "MySQL", "MongoDB", "CouchDB", "Redis", "DynamoDB"]);
	});
});
