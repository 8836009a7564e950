// The top-left cell often says what the rows are ("Framework", "Feature").
// English words only, so this is a hint, never enough alone to decide a table.
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";

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

export const cornerWord: AxisRule = (group) => {
	const corner = normalizeName(group.corner?.text ?? "");
	if (ROW_CORNERS_ELSEWHERE.has(corner)) return [{ side: "rows", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	if (COLUMN_CORNERS_ELSEWHERE.has(corner)) return [{ side: "columns", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	// Weaker: "client" over `got | axios` names the columns' kind, not the rows'.
	// Below the margin a side must win by, so the word alone never tips a table.
	if (ROW_CORNERS.test(corner)) return [{ side: "rows", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	if (COLUMN_CORNERS.test(corner)) return [{ side: "columns", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	return [];
};
