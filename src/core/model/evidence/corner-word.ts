// The top-left cell often says what the rows are ("Framework", "Feature", "Funktion", "工具"),
// or, split by a line, what the rows and the columns are ("Критерий \ Сервис"). Words of a
// short list, so this is a hint, never enough alone to decide a table.
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";
import type { Side } from "./facts";

const ROW_CORNERS =
	/^(frameworks?|librar(y|ies)|tools?|databases?|db|languages?|engines?|products?|options?|platforms?|services?|systems?|models?|names?|runtimes?|implementations?|backends?|packages?|solutions?|vendors?|providers?|stacks?|technolog(y|ies)|editors?|browsers?|os|servers?|clouds?|apps?|applications?|projects?|clients?|protocols?|parsers?)$/;
const COLUMN_CORNERS =
	/^(features?|aspects?|criteri(on|a)|metrics?|propert(y|ies)|categor(y|ies)|dimensions?|capabilit(y|ies)|attributes?|comparisons?|characteristics?|areas?|factors?|parameters?|benchmarks?|tests?|tasks?|use cases?|scenarios?|operations?|specs?|specifications?|workloads?)$/;

/**
 * The same words in the languages comparison notes are written in (German, French, Spanish, Portuguese,
 * Russian, Japanese, Chinese, Korean): `Funktion`, `Critère`, `機能`, `功能`, `기능` over the features,
 * `Werkzeug`, `Herramienta`, `工具`, `도구` over the things.
 */
const ROW_CORNERS_ELSEWHERE = new Set(
	"werkzeug werkzeuge bibliothek bibliotheken sprache sprachen plattform plattformen anbieter dienst dienste produkt produkte outil outils bibliothèque bibliothèques langage langages plateforme plateformes fournisseur produit produits herramienta herramientas biblioteca bibliotecas lenguaje lenguajes plataforma plataformas proveedor producto productos ferramenta ferramentas linguagem linguagens produto produtos инструмент инструменты библиотека библиотеки язык языки платформа платформы фреймворк фреймворки сервис продукт ツール ライブラリ 言語 プラットフォーム フレームワーク サービス 製品 工具 库 框架 语言 平台 数据库 产品 服务 도구 라이브러리 언어 플랫폼 프레임워크 서비스 제품".split(" "),
);
const COLUMN_CORNERS_ELSEWHERE = new Set(
	"funktion funktionen merkmal merkmale eigenschaft eigenschaften kriterium kriterien aspekt aspekte kategorie fonctionnalité fonctionnalités critère critères caractéristique caractéristiques aspect catégorie característica características función funciones funcionalidad funcionalidades criterio criterios aspecto categoría funcionalidade funcionalidades critério critérios recurso recursos функция функции возможность возможности критерий критерии характеристика характеристики параметр параметры аспект 機能 特徴 項目 比較項目 観点 功能 特性 对比项 比较项 项目 维度 指标 기능 항목 특징 비교 항목".split(" "),
);

/** Which side a corner word says holds the things compared: the rows under `Tool`, across under `Feature`. */
function sideOfWord(word: string): Side | null {
	if (ROW_CORNERS_ELSEWHERE.has(word) || ROW_CORNERS.test(word)) return "rows";
	if (COLUMN_CORNERS_ELSEWHERE.has(word) || COLUMN_CORNERS.test(word)) return "columns";
	return null;
}

/** `Критерий \ Сервис`, `Feature \ Tool`: a corner split by a backslash, as a diagonal line splits it on paper. */
const SPLIT = "\\";

export const cornerWord: AxisRule = (group) => {
	const corner = normalizeName(group.corner?.text ?? "");
	const reason = `the top-left cell says "${corner}"`;
	// A split corner names the rows' kind before the line and the columns' kind after it: `Feature \ Tool`
	// says the tools are across as `Tool` alone says they are down the rows.
	const split = corner.indexOf(SPLIT);
	if (split > 0) {
		const before = sideOfWord(corner.slice(0, split).trim());
		const after = sideOfWord(corner.slice(split + 1).trim());
		const across: Side | null = after === null ? null : after === "rows" ? "columns" : "rows";
		const side = before ?? across;
		if (side === null || (across !== null && across !== side)) return [];
		// Both halves saying it is twice the hint, still short of deciding alone.
		return [{ side, evidence: { rule: "corner-word", score: before !== null && across !== null ? 0.9 : 0.45, reason } }];
	}
	// Below the margin a side must win by, so the word alone never tips a table.
	const side = sideOfWord(corner);
	return side === null ? [] : [{ side, evidence: { rule: "corner-word", score: 0.45, reason } }];
};
