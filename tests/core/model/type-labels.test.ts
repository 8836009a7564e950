// A side whose labels are mostly the types of a single value every language writes (`int`, `boolean`,
// MySQL's `BIGINT`, `VARCHAR(M)`) lists a language's types (src/core/model/evidence/type-labels.ts);
// shapes of data (`Array`, `Set`, `Map`) are left to be compared. Made-up notes, through the whole model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a language's types listed down a table", () => {
	it("gives no toolbar to a Korean study note of Java's primitive types, though its text names them again and again", () => {
		const model = note(
			lines(
				"# 자바의 기본형",
				"",
				"자바의 기본형은 boolean, char, byte, short, int, long, float, double 여덟 가지이다. 정수는 보통 int 를 쓰고, 큰 수는 long 을 쓴다.",
				"실수는 float 보다 double 을 많이 쓰고, 논리값은 boolean 으로 나타낸다. char 는 문자 하나를 담는다.",
				"",
				"| 타입 | 크기 | 표현 범위 |",
				"| --- | --- | --- |",
				"| boolean | 1 byte | true, false |",
				"| char | 2 byte | 0 ~ 65,535 |",
				"| byte | 1 byte | -128 ~ 127 |",
				"| short | 2 byte | -32,768 ~ 32,767 |",
				"| int | 4 byte | 약 -21억 ~ 21억 |",
				"| long | 8 byte | 약 -922경 ~ 922경 |",
				"| float | 4 byte | 약 ±3.4 × 10^38 |",
				"| double | 8 byte | 약 ±1.8 × 10^308 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("still compares shapes of data a note weighs against each other", () => {
		const collections = lines(
				"# Collections in JavaScript",
				"",
				"| Collection | Keeps order | Unique values | Keyed lookup |",
				"| --- | --- | --- | --- |",
				"| [[Array]] | ✓ | ✗ | ✗ |",
				"| [[Set]] | ✓ | ✓ | ✗ |",
				"| [[Map]] | ✓ | ✓ | ✓ |",
				"| [[Object]] | ✗ | ✓ | ✓ |",
		);
		const model = note(collections);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Array", "Set", "Map", "Object"]);
		const rows = analyzeNote({ path: "note.md", text: collections }, NO_VAULT).explanation[0]?.rows.evidence ?? [];
		expect(rows.map((e) => e.rule)).not.toContain("type-labels");
	});
});

describe("types a note weighs against each other", () => {
	it("still compares float, double and decimal across the header of a note that names them", () => {
		const model = note(
			lines(
				"# float vs double vs decimal in C#",
				"",
				"| Type | float | double | decimal |",
				"|---|---|---|---|",
				"| Size | 4 bytes | 8 bytes | 16 bytes |",
				"| Precision | ~6-9 digits | ~15-17 digits | 28-29 digits |",
				"| Use for | graphics | science | money |",
				"| Hardware support | Yes | Yes | No (software) |",
			),
		);
		expect(model.frameworks).toEqual(["float", "double", "decimal"]);
	});

	it("still compares them down the rows when the title names them", () => {
		const model = note(lines("# short vs int vs long", "", "| Type | Size | Range |", "|---|---|---|", "| [[short]] | 2 bytes | ±32 thousand |", "| [[int]] | 4 bytes | ±2 billion |", "| [[long]] | 8 bytes | ±9 quintillion |"));
		expect(model.frameworks).toEqual(["short", "int", "long"]);
	});
});
