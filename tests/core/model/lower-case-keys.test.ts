// A script's contrast (src/core/model/evidence/script-contrast.ts) reads Latin labels in a note in
// another script as names; it now asks one of them to write a capital. Latin words all in lower
// case there (`code`, `data`, `time` down a table of response fields) are the keys and identifiers
// of code, which every language writes in Latin. Made-up notes: tables of keys where the rule must
// stay silent, names where it must still speak, and lower-case names read by other evidence.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The sides the script-contrast rule spoke for. */
const contrasted = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "script-contrast")));

describe("lower-case Latin keys in a note in another script are no names", () => {
	it("gives no toolbar to a table of response fields (Chinese note)", () => {
		const text = lines("# 返回值", "", "接口返回一个 JSON 对象，字段如下。", "", "| 字段 | 类型 | 描述 |", "|---|---|---|", "| status | int | 状态码，200 为成功 |", "| message | string | 错误原因，成功时为空 |", "| result | list | 识别结果，格式见下 |", "| elapsed | double | 耗时（秒） |");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("gives no toolbar to a table of options (Japanese note)", () => {
		const text = lines("# 設定", "", "| キー | 既定値 | 説明 |", "|---|---|---|", "| theme | light | 画面の配色を選ぶ |", "| language | auto | 表示する言語を選ぶ |", "| autosave | true | 編集中に自動で保存する |");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("gives no toolbar to a hook's parameters written as code joins words, with a capital inside (Chinese note)", () => {
		const text = lines("# useEventSource", "", "### 参数", "", "| 参数 | 说明 | 类型 | 默认值 |", "|---|---|---|---|", "| streamUrl | 必填，服务地址 | `string` | - |", "| retryDelay | 可选，重连间隔 | `number` | - |", "", "### Options", "", "说明见下。");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads no contrast in a chart's options whose one-letter prefix is followed by a capital (Chinese note)", () => {
		const text = lines("# 折线图配置", "", "| 参数 | 类型 | 说明 |", "|---|---|---|", "| xField | string | 横轴字段 |", "| yField | string | 纵轴字段 |", "| data | array | 数据 |", "| smooth | boolean | 是否平滑 |", "| padding | number | 内边距 |");
		expect(contrasted(text)).toEqual([]);
	});

	it("reads no contrast in event names across the header (Korean note)", () => {
		const text = lines("# 이벤트", "", "| 항목 | click | keydown | scroll |", "|---|---|---|---|", "| 버블링 | 예 | 예 | 아니요 |", "| 취소 가능 | 예 | 예 | 아니요 |");
		expect(contrasted(text)).toEqual([]);
	});
});

describe("names written with a capital still stand out against the note's script", () => {

	it("reads editors across the header (Japanese note)", () => {
		const text = lines("# エディタ比較", "", "| 項目 | VS Code | Vim | Emacs |", "|---|---|---|---|", "| 起動速度 | 遅い | 速い | 普通 |", "| 拡張性 | 高い | 高い | 非常に高い |", "| 学習コスト | 低い | 高い | 高い |");
		expect(contrasted(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["VS Code", "Vim", "Emacs"]);
	});

	it("reads databases down the rows, one in lower case among them (Chinese note)", () => {
		const text = lines("# 数据库选型", "", "| 名称 | 类型 | 特点 |", "|---|---|---|", "| MySQL | 关系型 | 生态成熟 |", "| sqlite | 嵌入式 | 单文件 |", "| Redis | 键值 | 速度快 |");
		expect(contrasted(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["MySQL", "sqlite", "Redis"]);
	});

	it("reads package managers in lower case by their measured values, without the contrast (Chinese note)", () => {
		const text = lines("# 包管理器", "", "| 工具 | 安装耗时 (s) | 磁盘占用 (MB) |", "|---|--:|--:|", "| npm | 31.2 | 420 |", "| yarn | 22.9 | 390 |", "| pnpm | 14.5 | 180 |");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["npm", "yarn", "pnpm"]);
	});
});
