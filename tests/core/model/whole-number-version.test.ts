// One canonical form for a name written with its version (src/core/model/evidence/release-number.ts):
// a whole number comes off as a dotted version does once the side sets named releases apart
// (`MySQL 8.4 | PostgreSQL 16` are MySQL and PostgreSQL), while the releases of one program keep
// their numbers (`Node 20 | Node 22`, `Python 2 | Python 3`). Made-up notes, where the numbers must
// come off and where they must stay.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a whole-number version beside versions of another form", () => {
	it("shows MySQL 8.4 and PostgreSQL 16 as MySQL and PostgreSQL", () => {
		const text = lines("# MySQL vs PostgreSQL", "", "| Feature | MySQL 8.4 | PostgreSQL 16 |", "|---|---|---|", "| JSON | ✓ | ✓ |", "| MVCC | ✓ | ✓ |", "| Partial indexes | ✗ | ✓ |");
		expect(note(text).frameworks).toEqual(["MySQL", "PostgreSQL"]);
	});

	it("shows Node 22 beside Deno 2.1 and Bun 1.1 as Node, as Deno and Bun lose theirs", () => {
		const text = lines("# Node vs Deno vs Bun", "", "| | Node 22 | Deno 2.1 | Bun 1.1 |", "|---|---|---|---|", "| TypeScript built in | ✗ | ✓ | ✓ |", "| npm packages | ✓ | ✓ | ✓ |", "| Startup | 40 ms | 25 ms | 8 ms |");
		expect(note(text).frameworks).toEqual(["Node", "Deno", "Bun"]);
	});

	it("does the same down the rows, in any language", () => {
		const text = lines("# Datenbanken im Vergleich", "", "| Datenbank | Lizenz | Replikation |", "|---|---|---|", "| PostgreSQL 16 | PostgreSQL | ✓ |", "| MySQL 8.4 | GPL | ✓ |", "| SQLite 3.45 | gemeinfrei | ✗ |");
		expect(note(text).frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});
});

describe("numbers that stay: releases of one program, models, names with a number", () => {
	it("keeps Node 20 and Node 22 apart", () => {
		const text = lines("# Node 20 vs Node 22", "", "| Feature | Node 20 | Node 22 |", "|---|---|---|", "| require(esm) | ✗ | ✓ |", "| WebSocket | ✗ | ✓ |", "| Watch mode | ✓ | ✓ |");
		expect(note(text).frameworks).toEqual(["Node 20", "Node 22"]);
	});

	it("keeps Python 2 and Python 3 apart", () => {
		const text = lines("# Python 2 vs Python 3", "", "| Feature | Python 2 | Python 3 |", "|---|---|---|", "| print | statement | function |", "| Unicode strings | no | yes |");
		expect(note(text).frameworks).toEqual(["Python 2", "Python 3"]);
	});

	it("keeps a name whose number is part of it when no neighbour carries a version", () => {
		const text = lines("# Office 365 vs Google Workspace", "", "| Feature | Office 365 | Google Workspace |", "|---|---|---|", "| Offline editing | ✓ | ✗ |", "| Price | $6 | $7 |");
		expect(note(text).frameworks).toEqual(["Office 365", "Google Workspace"]);
	});

	it("keeps the releases of one name apart when a neighbour carries a dotted version", () => {
		const text = lines("# Node 20 vs Node 22 vs Deno", "", "| Feature | Node 20 | Node 22 | Deno 2.1 |", "|---|---|---|---|", "| require(esm) | ✗ | ✓ | ✓ |", "| WebSocket | ✗ | ✓ | ✓ |");
		expect(note(text).frameworks).toEqual(["Node 20", "Node 22", "Deno"]);
	});
});
