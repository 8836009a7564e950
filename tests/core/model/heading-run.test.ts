// The heading-run rule (src/core/model/evidence/heading-run.ts): in a script written without
// spaces, a heading that numbers a section or gives a name in two scripts names the thing by its
// run of that script (`# 01 SelectionSort 选择排序`). Made-up notes, where it must and must not fire.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The labels the heading-run rule spoke for, in any table of the note. */
const named = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		[...group.rows.names, ...group.columns.names].filter((name) => name.evidence.some((e) => e.rule === "heading-run")).map((name) => name.label),
	);

const table = (...rows: string[]) => ["| 算法 | 时间 | 空间 |", "|---|---|---|", ...rows];

describe("a heading's run of an unspaced script names a thing (heading-run)", () => {
	it("reads sorting algorithms that each have a numbered section, Latin name beside the Han", () => {
		const text = lines(
			...table("| 冒泡排序 | O(n²) | O(1) |", "| 快速排序 | O(n log n) | O(log n) |", "| 堆排序 | O(n log n) | O(1) |"),
			"",
			"# 01 BubbleSort 冒泡排序",
			"相邻元素两两比较。",
			"# 02 QuickSort 快速排序",
			"选一个基准分区。",
			"# 03 HeapSort 堆排序",
			"建堆后逐个取出。",
		);
		expect(named(text)).toEqual(["冒泡排序", "快速排序", "堆排序"]);
		expect(note(text).frameworks).toEqual(["冒泡排序", "快速排序", "堆排序"]);
	});

	it("reads katakana names under numbered Japanese headings", () => {
		const text = lines(
			"| ツール | 料金 | 対応OS |",
			"|---|---|---|",
			"| オブシディアン | 無料 | 全部 |",
			"| ノーション | 有料 | 全部 |",
			"| ログシーク | 無料 | 全部 |",
			"",
			"## 1. オブシディアン",
			"ローカルのファイル。",
			"## 2. ノーション",
			"クラウド。",
			"## 3. ログシーク",
			"アウトライナー。",
		);
		expect(named(text)).toEqual(["オブシディアン", "ノーション", "ログシーク"]);
	});

	it("reads a Han name beside its Latin name in a heading with no number", () => {
		const text = lines("| 框架 | 语言 | 作者 |", "|---|---|---|", "| 弗拉特 | Dart | 谷歌 |", "| 离子 | JS | 社区 |", "| 反应原生 | JS | 脸书 |", "", "## Flutter 弗拉特", "", "## Ionic 离子", "", "## React Native 反应原生");
		expect(named(text)).toEqual(["弗拉特", "离子", "反应原生"]);
	});

	it("does not read part of a run: 直接插入排序 names neither 插入排序 nor 排序", () => {
		const text = lines(...table("| 插入排序 | O(n²) | O(1) |", "| 选择排序 | O(n²) | O(1) |", "| 希尔排序 | O(n^1.3) | O(1) |"), "", "# 02 insertionSort 直接插入排序", "", "# 03 ShellSort 希尔排序");
		expect(named(text)).toEqual(["希尔排序"]);
	});

	it("says nothing of a heading in one script only (the heading rule's), nor of Latin labels", () => {
		const han = lines(...table("| 原理 | 简单 | 少 |", "| 优化 | 复杂 | 多 |", "| 实现 | 中等 | 中 |"), "", "## 原理", "", "## 优化");
		expect(named(han)).toEqual([]);
		const latin = lines("| Tool | Price | OS |", "|---|---|---|", "| Notion | paid | all |", "| Obsidian | free | all |", "| Logseq | free | all |", "", "## 1. Notion", "", "## 2. Obsidian");
		expect(named(latin)).toEqual([]);
	});

	it("says nothing of labels no heading holds, in a note of numbered sections", () => {
		const text = lines("# 周记", "", "## 第1周 计划", "", "| 任务 | 状态 | 负责人 |", "|---|---|---|", "| 写报告 | 完成 | 小王 |", "| 开会 | 进行中 | 小李 |", "| 复盘 | 未开始 | 小张 |");
		expect(named(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});
});
