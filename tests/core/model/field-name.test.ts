// The field-name rule (src/core/model/evidence/field-name.ts): a label written as a field of a
// record in code (`maxRetries`, `timeoutMs`, `weight_kg`, `created_at`) is no product, while
// products spelled in code style (`better-sqlite3`, `node_sqlite3`, `tRPC`) keep their toggles.
// Made-up notes, where it must act and where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The labels the rule spoke of, in order. */
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "field-name")).map((name) => name.label)),
	);

describe("labels written as fields of a record (field-name)", () => {
	it("gives no toolbar of fields to settings per environment under lowerCamelCase keys", () => {
		const text = lines("# Retry settings", "", "| Setting | maxRetries | timeoutMs |", "|---|---|---|", "| dev | 0 | 1000 |", "| staging | 2 | 5000 |", "| prod | 5 | 10000 |");
		expect(firedOn(text)).toEqual(["maxRetries", "timeoutMs"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves the clients down the rows as the things compared under their option fields", () => {
		const text = lines("# HTTP clients", "", "Defaults of axios, got and ky.", "", "| Client | maxRetries | timeoutMs | keepAlive |", "|---|---|---|---|", "| axios | 0 | 0 | ✗ |", "| got | 2 | 10000 | ✓ |", "| ky | 2 | 10000 | ✓ |");
		expect(firedOn(text)).toEqual(["maxRetries", "timeoutMs", "keepAlive"]);
		expect(note(text).frameworks).toEqual(["axios", "got", "ky"]);
	});

	it("reads snake_case fields with a unit as fields, whatever language the note is in", () => {
		const text = lines("# Trainingsplan", "", "| Übung | gewicht_kg | wdh | pause_sek |", "|---|---|---|---|", "| Kniebeuge | 80 | 5 | 120 |", "| Bankdrücken | 60 | 8 | 90 |", "| Kreuzheben | 100 | 5 | 180 |");
		expect(firedOn(text)).toEqual(["gewicht_kg", "pause_sek"]);
		expect(note(text).frameworks).not.toContain("gewicht_kg");
	});
});

describe("products spelled in code style keep their toggles", () => {
	it("says nothing of packages with dashes, dots, digits or a long last part", () => {
		const text = lines("# SQLite drivers for Node", "", "| | better-sqlite3 | node_sqlite3 | sql.js |", "|---|---|---|---|", "| Sync API | ✓ | ✗ | ✓ |", "| WASM | ✗ | ✗ | ✓ |", "| Native build | ✓ | ✓ | ✗ |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["better-sqlite3", "node_sqlite3", "sql.js"]);
	});

	it("says nothing of brands with a one-letter head or an acronym after it", () => {
		const text = lines("# tRPC vs gRPC vs GraphQL", "", "| Feature | tRPC | gRPC | GraphQL |", "|---|---|---|---|", "| Schema | inferred | .proto | SDL |", "| Streaming | ✓ | ✓ | ✓ |", "| Browser | ✓ | ⚠️ | ✓ |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["tRPC", "gRPC", "GraphQL"]);
	});

	it("keeps crates with a short suffix that the title names", () => {
		const text = lines("# serde_qs vs serde_yml vs serde_json", "", "| Feature | serde_qs | serde_yml | serde_json |", "|---|---|---|---|", "| Nested maps | ✓ | ✓ | ✓ |", "| Arrays | ⚠️ | ✓ | ✓ |", "| Streaming | ✗ | ✗ | ✓ |");
		expect(firedOn(text)).toEqual(["serde_qs", "serde_yml"]);
		expect(note(text).frameworks).toEqual(["serde_qs", "serde_yml", "serde_json"]);
	});

	it("says nothing of one product so spelled among names (pgAdmin beside DBeaver and DataGrip)", () => {
		const text = lines("# Postgres GUIs", "", "| Feature | pgAdmin | DBeaver | DataGrip |", "|---|---|---|---|", "| Free | ✓ | ✓ | ✗ |", "| ER diagrams | ✓ | ✓ | ✓ |", "| Query history | ✓ | ✓ | ✓ |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["pgAdmin", "DBeaver", "DataGrip"]);
	});

	it("says nothing of a feature matrix of ordinary product names", () => {
		const text = lines("# Note apps", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |");
		expect(firedOn(text)).toEqual([]);
	});
});
