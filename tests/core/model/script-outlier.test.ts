// The script-outlier rule (src/core/model/evidence/script-outlier.ts): among names in Latin
// script, a label in the note's own script heads values. A gloss in brackets translates a
// name and leaves it a name. Made-up notes, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "芯片.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a label in the note's script beside Latin names", () => {
	it("keeps a name glossed in the note's script in brackets", () => {
		const text = lines(
			"# 全球 AI 芯片企业",
			"",
			"| 企业名称 | 总部 | 核心产品 | 定位 |",
			"|:--|:--|:--|:--|",
			"| **NVIDIA (英伟达)** | 美国 | H100, B200 | 通用 GPU |",
			"| **AMD** | 美国 | Instinct MI300 | 通用 GPU |",
			"| **Intel (英特尔)** | 美国 | Gaudi 3 | 通用计算 |",
			"| **Google** | 美国 | TPU | 云端训练与推理 |",
			"| **Microsoft** | 美国 | Maia 100 | 云端训练与推理 |",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["NVIDIA", "AMD", "Intel", "Google", "Microsoft"]);
	});

	it("keeps a brand written in the note's script beside glossed Latin names (review)", () => {
		const text = lines(
			"# 旗舰手机对比",
			"",
			"| 参数 | 华为 Mate 60 | iPhone 15 (苹果) | Galaxy S24 (三星) | Pixel 8 (谷歌) |",
			"|---|---|---|---|---|",
			"| 芯片 | 麒麟 9000S | A16 | 骁龙 8 Gen 3 | Tensor G3 |",
			"| 屏幕 | 6.69 英寸 | 6.1 英寸 | 6.2 英寸 | 6.2 英寸 |",
			"| 价格 | 5499 元 | 5999 元 | 5999 元 | 4999 元 |",
		);
		expect(note(text).frameworks).toContain("华为 Mate");
	});

	it("still leaves out a heading of values written in the note's script, glossed in Latin or not", () => {
		const text = lines(
			"# 共识算法",
			"",
			"| 算法 | 容错 | 消息复杂度 |",
			"|---|---|---|",
			"| Paxos | f < n/2 | O(n²) |",
			"| Raft | f < n/2 | O(n) |",
			"| PBFT | f < n/3 | O(n²) |",
			"| 核心工程影响 (impact) | 高 | 中 |",
		);
		expect(note(text).frameworks).toEqual(["Paxos", "Raft", "PBFT"]);
	});
});
