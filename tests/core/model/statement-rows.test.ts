// The statement-rows reading (src/core/model/evidence/statement-rows.ts, in detect-frameworks'
// second reading of a header): a table whose first column holds statements as the others do
// has the top-left cell among the things set against each other. Made-up notes, where it must
// act and ordinary notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.columns.evidence.some((e) => e.rule === "statement-rows"));

describe("the top-left cell over statements is one of the things compared (statement-rows)", () => {
	it("gives Obsidian, the top-left cell, a toggle beside Logseq over contrasting sentences", () => {
		const text = lines(
			"# ObsidianとLogseqの違い",
			"",
			"Obsidianはファイル単位で書く。Logseqはアウトライナーである。",
			"",
			"| Obsidian | [[Logseq]] |",
			"|---|---|",
			"| ページごとに自由に長い文章を書ける | すべてがブロック単位のアウトラインになる |",
			"| プラグインで機能を大きく広げられる | 標準でタスク管理とクエリが使える |",
			"| ファイルはそのままのマークダウンで残る | ファイルの中にブロックの属性が書き込まれる |",
		);
		expect(fired(text)).toBe(true);
		const model = note(text);
		expect(model.frameworks).toEqual(["Obsidian", "Logseq"]);
		expect(model.tables[0]?.frameworks).toEqual(["Obsidian", "Logseq"]);
	});

	it("does so in Chinese too, the top-left name mentioned in the text", () => {
		const text = lines(
			"# 笔记方法",
			"",
			"我用 Roam 写日记，也用 [[Notion]] 管理项目，而 Roam 适合零散的想法。",
			"",
			"| Roam | [[Notion]] |",
			"|---|---|",
			"| 每天的笔记自动生成一页 | 每个页面都是一个数据库条目 |",
			"| 双向链接是最核心的功能 | 表格和看板是最核心的功能 |",
			"| 适合记录零散的想法和灵感 | 适合团队一起管理项目和任务 |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["Roam", "Notion"]);
	});
});

describe("a top-left cell the heading sets against the other header cell", () => {
	// Read by the header's second reading before statement-rows: `## Library vs Framework` names both.
	it("gives Library and Framework toggles under `## Library vs Framework`", () => {
		const text = lines("# Software design notes", "", "## Library vs Framework", "", "| Library | Framework |", "|---|---|", "| You call the library | The framework calls you |", "| You choose the structure | The framework sets the structure |", "| Easy to replace | Hard to replace |");
		expect(note(text).frameworks).toEqual(["Library", "Framework"]);
	});
});

describe("ordinary two-column tables: statement-rows says nothing", () => {
	it("says nothing of a feature table whose values are marks and short words", () => {
		const text = lines("# ObsidianとLogseqの違い", "", "| 機能 | [[Logseq]] |", "|---|---|", "| オフラインで使える | ✓ |", "| プラグイン | ✓ |", "| 同期 | 有料 |");
		expect(fired(text)).toBe(false);
	});

	it("says nothing of questions and answers, nor of terms and definitions", () => {
		const faq = lines("# Sync FAQ", "", "| Question | Answer |", "|---|---|", "| Can I sync my vault for free? | Yes, with Syncthing or git on your own devices. |", "| Does sync keep old versions of notes? | Obsidian Sync keeps a year of history for each note. |");
		expect(fired(faq)).toBe(false);
		expect(note(faq).frameworks).toEqual([]);
		const glossary = lines("# 用語集", "", "| 用語 | 説明 |", "|---|---|", "| バックリンクという機能の名前 | 他のノートからこのノートへのリンクの一覧 |", "| デイリーノートという習慣 | 毎日一枚ずつ作る日付のついたノート |");
		expect(fired(glossary)).toBe(false);
		expect(note(glossary).frameworks).toEqual([]);
	});

	it("says nothing of pros and cons written as sentences under one product", () => {
		const text = lines("# Obsidian", "", "| Pros | Cons |", "|---|---|", "| Notes are plain files on my disk | Sync costs money every month |", "| Plugins cover almost every need | Mobile app is slow to open |");
		expect(fired(text)).toBe(false);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of a benchmark of two columns of numbers", () => {
		const text = lines("# Startup", "", "| Editor | [[Zed]] |", "|---|---|", "| cold start in ms | 120 |", "| warm start in ms | 40 |");
		expect(fired(text)).toBe(false);
	});
});
