// A label linked to its own section of another page of the site (`[enable-telemetry](/pd.md#enable-telemetry)`)
// is an item documented there, not a product (src/core/model/evidence/linked-cell.ts); a label
// linked to the note's own section on it (`[Hugo](#hugo)`) is how comparisons link their rows. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const linkScores = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => group.rows.names.map((n) => n.evidence.find((e) => e.rule === "linked-cell")?.score ?? null));

describe("a label linked to its own section of the site's reference", () => {
	it("gives no toolbar to release notes listing changed settings", () => {
		const text = lines(
			"### 系统变量",
			"",
			"| 变量名 | 修改类型 | 描述 |",
			"|---|---|---|",
			"| [`tidb_enable_telemetry`](/system-variables.md#tidb_enable_telemetry-从-v402-版本开始引入) | 废弃 | 该变量已不再生效。 |",
			"| [`tidb_auto_analyze_ratio`](/system-variables.md#tidb_auto_analyze_ratio) | 修改 | 取值范围修改为 `(0, 1]`。 |",
			"| [`tidb_service_scope`](/system-variables.md#tidb_service_scope) | 修改 | 可选值修改为长度小于或等于 64 的字符串。 |",
			"| [`raft-engine.batch-compression-threshold`](/tikv-configuration-file.md#batch-compression-threshold) | 修改 | 默认值从 `8KiB` 修改为 `4KiB`。 |",
		);
		expect(linkScores(text)).toEqual([-1, -1, -1, -1]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves rows linked to the note's own sections on them, or to another section, alone", () => {
		const text = lines("# Site generators", "", "| Tool | Build | Themes |", "|---|---|---|", "| [Hugo](#hugo) | 0.4 s | 400 |", "| [Jekyll](#jekyll) | 9.1 s | 900 |", "| [Eleventy](/guides/ssg.md#setup) | 2.2 s | 150 |");
		expect(linkScores(text).every((score) => score === null || score > 0)).toBe(true);
	});
});
