// The top-left cell says what the rows are in the languages comparison notes are written in, as in
// English (src/core/model/evidence/corner-word.ts): `Aspekt`, `Funktion`, `機能` over features,
// `Herramienta`, `工具` over things. A hint only, below the margin a side must win by: beside another
// sign it decides, alone it never does. Made-up notes, through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a corner word in another language", () => {
	it("reads two desktop frameworks across a German corner over rows of words and sizes", () => {
		const model = note(
			lines(
				"**Hauptunterschiede zu Electron:**",
				"",
				"| Aspekt | Wails | Electron |",
				"|--------|-------|----------|",
				"| **Browser** | Vom Betriebssystem bereitgestelltes WebView | Gebündeltes Chromium (~100MB) |",
				"| **Backend** | Go (kompiliert) | Node.js (interpretiert) |",
				"| **Kommunikation** | In-Memory-Bridge | IPC (Inter-Prozess-Kommunikation) |",
				"| **Paketgröße** | ~15MB | ~150MB |",
				"| **Speicher** | ~10MB | ~100MB+ |",
				"| **Startzeit** | <0,5s | 2-3s |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Wails", "Electron"]);
	});

	it("does not decide alone: a Chinese feature list with a description beside each feature stays a list", () => {
		const model = note(lines("# 插件说明", "", "| 功能 | 说明 |", "| --- | --- |", "| 同步 | 在多台设备之间同步笔记和附件 |", "| 导出 | 把笔记导出为网页或者文档格式 |", "| 搜索 | 在全部笔记里按照关键词进行搜索 |"));
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});
});

describe("words in Latin letters through a text of another script", () => {
	it("reads ref and state across a Japanese table with no stub column, each named through the text", () => {
		const model = note(
			lines(
				"## ref と state の違い",
				"",
				"ref の方が state よりも制限が緩いと感じるかもしれません。しかし、ほとんどの場合 state を使用することになります。ref は避難ハッチです。",
				"",
				"| ref | state |",
				"| --- | --- |",
				"| `useRef(initialValue)` は `{ current: initialValue }` を返す | `useState(initialValue)` は現在の値とセッタ関数を返す |",
				"| 変更しても再レンダーがトリガされない | 変更すると再レンダーがトリガされる |",
				"| レンダー中に current の値を読み書きするべきではない | いつでも読み取ることができる |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["ref", "state"]);
	});

	it("takes no small-letter word of an English text for a name: before and after stay a list of changes", () => {
		const model = note(
			lines(
				"## Migrating the config",
				"",
				"Write the before form as the after form; the before form still loads, the after form is checked.",
				"",
				"| before | after |",
				"| --- | --- |",
				"| the port is read from an environment variable | the port is read from the config file |",
				"| plugins are listed by their path on disk | plugins are listed by their package name |",
			),
		);
		expect(model.frameworks).toEqual([]);
	});
});

describe("a corner split by a backslash names the rows' kind, then the columns'", () => {
	const services = (corner: string) =>
		lines(
			`**${corner}** | **Container<br/>Solution** | **Managed<br/>Kubernetes** | **Cloud<br/>Functions** | **Serverless<br/>Containers**`,
			"--- | --- | --- | --- | ---",
			"**Порог вхождения** | Средний | Высокий | Низкий | Средний",
			"**Масштабирование** | Можно<br/>настроить | Можно<br/>настроить | Автоматическое | Автоматическое",
			"**Активность<br/>сервиса** | Всегда | Всегда | При HTTPS-вызове или вызове по триггеру | При HTTPS-вызове или вызове по триггеру",
			"**Время<br/>обработки<br/>вызова** | Нет<br/>ограничений | Нет<br/>ограничений | До 10 минут | До 10 минут",
			"**Количество вызовов,<br/>параллельно<br/>обрабатываемых<br/>одним экземпляром** | Нет<br/>ограничений | Нет<br/>ограничений | 1 | 1–10",
			"**Поддерживаемые<br/>технологии** | Нет<br/>ограничений | Нет<br/>ограничений | Node.js<br/>Python<br/>Go | Нет<br/>ограничений",
			"**Что тарифицируется** | Работа ВМ с контейнером | Мастер кластера и работа ВМ | Время и память на вызов | Время и память на вызов",
		);

	const cornerSays = (corner: string) => {
		const explained = analyzeNote({ path: "note.md", text: services(corner) }, NO_VAULT).explanation[0];
		return (["rows", "columns"] as const).flatMap((side) => (explained?.[side].evidence ?? []).filter((e) => e.rule === "corner-word").map((e) => [side, e.score]));
	};

	it("reads the services across under `Критерий \\ Сервис`, both halves saying so", () => {
		expect(cornerSays("Критерий \\ Сервис")).toEqual([["columns", 0.9]]);
		expect(note(services("Критерий \\ Сервис")).frameworks).toEqual(["Container Solution", "Managed Kubernetes", "Cloud Functions", "Serverless Containers"]);
		// One half known is the hint a plain corner word gives; turned round, the services are down the rows.
		expect(cornerSays("Критерий \\ Что")).toEqual([["columns", 0.45]]);
		expect(cornerSays("Сервис \\ Критерий")).toEqual([["rows", 0.9]]);
	});

	it("says nothing when its halves disagree", () => {
		expect(cornerSays("Сервис \\ Сервис")).toEqual([]);
	});
});
