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
