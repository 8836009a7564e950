// A label opening with the word that sets one thing against another (`vs Node.js`), as a title's
// "A vs B" does, heads ratios to that thing: a measure, not a thing compared
// (src/core/model/evidence/against-label.ts). Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const againstOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((n) => n.evidence.some((e) => e.rule === "against-label")).map((n) => n.label)),
	);

describe("a label measured against another thing (against-label)", () => {
	it("gives no toolbar to a summary whose columns are the winner, its time and its ratio to Node.js", () => {
		const text = lines(
			"# Comparativo de Performance: TML vs Rust vs Go vs Python vs Node.js",
			"",
			"| Cenário | Vencedor | Performance | vs Node.js |",
			"|---|---|---|---|",
			"| **50 conexões** | TML Async | 13.7 µs | 49.5x faster |",
			"| **100,000 conexões** | TML Async | 8.452 µs | 36.1x faster |",
			"| **1,000,000 conexões** | TML Async | 8.45 seg | 36x faster |",
		);
		expect(againstOn(text)).toContain("vs Node.js");
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
		expect(note(text).frameworks).not.toContain("Performance");
	});

	it("reads `VS Code` as the editor it is", () => {
		const text = lines("# エディタ比較", "", "普段使うエディタをまとめた。", "", "| 項目 | VS Code | Vim | Emacs |", "|---|---|---|---|", "| 起動速度 | 遅い | 速い | 普通 |", "| 拡張性 | 高い | 高い | 非常に高い |");
		expect(againstOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["VS Code", "Vim", "Emacs"]);
	});

	it("reads a column headed by the word alone as standing between the things, not as one", () => {
		const text = lines("# IPv4 vs IPv6", "", "| | IPv4 | VS | IPv6 |", "|---|---|---|---|", "| Adresse | 32 bits | | 128 bits |", "| Notation | décimale pointée | | hexadécimale |", "| Configuration | manuelle ou DHCP | | auto-configuration |");
		expect(againstOn(text)).toEqual(["VS"]);
		expect(note(text).frameworks).toEqual(["IPv4", "IPv6"]);
	});
});

