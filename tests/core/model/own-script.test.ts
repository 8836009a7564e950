// Latin labels against the note's own script (src/core/model/evidence/script-contrast.ts): in a
// Chinese, Korean or Russian note, products keep their Latin names while attributes are in the
// note's language; in a note whose own text is in Latin script, Latin labels are its own words,
// and the contrast says nothing. Made-up notes, where it must hold back and where it must still act.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const contrasted = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "script-contrast")));

describe("Latin labels are no contrast in a note written in Latin script (script-contrast)", () => {
	it("holds back on an English vocabulary list of Korean words", () => {
		const text = lines("# Korean, week 3", "", "Words from the market dialogue, to drill every evening.", "", "| Word | Romanised | Meaning |", "|---|---|---|", "| 사과 | sagwa | apple |", "| 시장 | sijang | market |", "| 가격 | gagyeok | price |");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("holds back on a German note of Russian verbs", () => {
		const text = lines("# Russische Verben", "", "Aus der dritten Lektion, jeden Abend wiederholen.", "", "| Verb | Bedeutung | Aspekt |", "|---|---|---|", "| читать | lesen | imperfektiv |", "| прочитать | lesen | perfektiv |", "| писать | schreiben | imperfektiv |");
		expect(contrasted(text)).toEqual([]);
	});

	it("still reads products in Latin against a Korean note's attributes", () => {
		const text = lines("# 메모 앱 비교", "", "세 가지 앱을 한 달 동안 써 봤다.", "", "| 항목 | Obsidian | Notion | Bear |", "|---|---|---|---|", "| 가격 | 무료 | 유료 | 유료 |", "| 동기화 | 유료 | 기본 | 기본 |", "| 오프라인 | 가능 | 불가 | 가능 |");
		expect(contrasted(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["Obsidian", "Notion", "Bear"]);
	});

	it("still reads it in a Russian note, products in Latin across", () => {
		const text = lines("# Какой рекордер купить", "", "Для подкаста нужны два микрофона и запись без компьютера.", "", "| Параметр | Zoom H6 | Tascam DR-40X | Rode Wireless Pro |", "|---|---|---|---|", "| Входы | четыре | два | два |", "| Цена | средняя | низкая | высокая |", "| Питание | батарейки | батарейки | аккумулятор |");
		expect(contrasted(text)).toEqual(["columns"]);
	});

	it("still reads it in a Chinese note that writes many Latin names in its prose", () => {
		const text = lines("# 构建工具对比", "", "我在项目里试了 Vite、webpack 和 esbuild，下面是结果，Vite 最快。", "", "| 工具 | 配置 | 速度 |", "|---|---|---|", "| Vite | 简单 | 很快 |", "| webpack | 复杂 | 较慢 |", "| esbuild | 简单 | 最快 |");
		expect(contrasted(text)).toEqual(["rows"]);
	});
});

describe("a remark in the note's own script, in brackets after a Latin name, leaves the name Latin (script-contrast)", () => {
	it("does not read Latin column titles as names against `Rust(1위)`", () => {
		const text = lines("# 개발자 설문", "", "2021년 설문에서 가장 사랑받는 언어와 가장 두려운 언어를 정리했다.", "", "||Loved|Dreaded|", "|:---:|:---:|:---:|", "|Rust(1위)|86.98%|13.02%|", "|Python(6위)|67.83%|32.17%|");
		expect(contrasted(text)).toEqual([]);
		expect(note(text).frameworks).not.toContain("Loved");
	});

	it("still reads the contrast where a bracket holds Latin: a measure and its unit", () => {
		const text = lines("# 显卡对比", "", "几张显卡的主要参数对比如下。", "", "| 型号 | RTX 4090 | RTX 4080 |", "|---|---|---|", "| 架构 | Ada | Ada |", "| Tensor Core(TFLOPS)(FP16累计) | 330 | 195 |", "| Tensor Core(TFLOPS)(FP32累计) | 165 | 97 |");
		expect(contrasted(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["RTX 4090", "RTX 4080"]);
	});
});

describe("a side wholly in Latin against one partly in the note's own script (script-contrast)", () => {
	const boards = lines(
		"# 오렌지파이 5 대 라즈베리파이",
		"",
		"세 보드의 사양을 한눈에 비교했다. 가격과 클럭을 보면 차이가 크다.",
		"",
		"| 항목 | Orange Pi 5 | Raspberry Pi 5 | Raspberry Pi 4B |",
		"|---|---|---|---|",
		"| SoC | RK3588S | BCM2712 | BCM2711 |",
		"| CPU | 4xA76 + 4xA55 | 4xA76 | 4xA72 |",
		"| 클럭 | 2.4/1.8 GHz | 2.4 GHz | 1.8 GHz |",
		"| GPU | Mali-G610 | VideoCore VII | VideoCore VI |",
		"| RAM | 최대 16GB | 최대 8GB | 최대 8GB |",
		"| 가격 | ~$90 | ~$80 | ~$75 |",
	);

	it("leans to the boards across, against initialisms and Korean words down the rows", () => {
		const evidence = analyzeNote({ path: "note.md", text: boards }, NO_VAULT).explanation[0]?.columns.evidence.find((e) => e.rule === "script-contrast");
		expect(evidence?.score).toBe(0.75);
		expect(note(boards).tables[0]?.frameworkAxis).not.toBe("rows");
	});

	it("says nothing in a note written in Latin script, or where one label only is in another script", () => {
		const english = boards.replace("세 보드의 사양을 한눈에 비교했다. 가격과 클럭을 보면 차이가 크다.", "Three boards side by side; price and clock differ most.");
		expect(contrasted(english)).toEqual([]);
		const one = boards.replace("| 가격 |", "| Price |");
		expect(contrasted(one)).toEqual([]);
	});
});


describe("a side mostly of code says nothing of script (script-contrast)", () => {
	it("does not take one label half in words, among types written as code, for a Latin name", () => {
		const types = lines(
			"# 지원 타입",
			"",
			"goctl은 아래 타입을 RPC 파라미터로 지원합니다.",
			"",
			"| Proto 타입 | Go 타입 |",
			"|---|---|",
			"| `google.protobuf.Empty` | `emptypb.Empty` |",
			"| `google.protobuf.Timestamp` | `timestamppb.Timestamp` |",
			"| `google.protobuf.Duration` | `durationpb.Duration` |",
			"| `google.protobuf.Struct` | `structpb.Struct` |",
			"| `google.protobuf.*Value` (wrappers) | `wrapperspb.*Value` |",
		);
		expect(contrasted(types)).toEqual([]);
		// Written as words, the same Latin labels are names in a Korean table.
		const words = types.replace(/`/g, "");
		expect(contrasted(words)).toEqual(["rows"]);
	});
});
