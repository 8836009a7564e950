// The mentioned rule (src/core/model/evidence/mentioned.ts) reads running text word by word: in Chinese and
// Japanese text the full-width marks (、，。（）「」) part words as a space does, so a name listed between them
// is named. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const lines = (...rows: string[]) => rows.join("\n");
const mentionedLabels = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		[...group.rows.names, ...group.columns.names].filter((name) => name.evidence.some((e) => e.rule === "mentioned")).map((name) => name.label),
	);

describe("names listed between full-width marks are named in the text", () => {
	it("counts javaSerialize and fastSerial listed with 、 and in 「」", () => {
		const note = lines(
			"# 二进制序列化对比",
			"",
			"这个场景比较了JSONB格式、fastSerial、javaSerialize的性能。",
			"",
			"| 机器 | fastSerial | javaSerialize |",
			"|---|---|---|",
			"| c8i.large | 7700 | 114 |",
			"| c8i.xlarge | 8756 | 127 |",
			"",
			"结论：「fastSerial」最快，「javaSerialize」最慢。",
		);
		expect(mentionedLabels(note)).toEqual(expect.arrayContaining(["fastSerial", "javaSerialize"]));
	});

	it("still does not cut a name at a dot or dash inside it", () => {
		const note = lines(
			"# Vue.js と date-fns",
			"",
			"Vue.js、date-fns、Day.jsを使った。Vue.jsとDay.jsは速い、date-fnsは小さい。",
			"",
			"| 指標 | Vue.js | Day.js |",
			"|---|---|---|",
			"| サイズ | 34 KB | 2 KB |",
			"| 速度 | 12 ms | 3 ms |",
		);
		expect(mentionedLabels(note)).toEqual(expect.arrayContaining(["Vue.js", "Day.js"]));
	});
});
