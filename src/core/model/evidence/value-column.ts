// `| Setting | Value |`, `| Key | Value | Default | Notes |`, `| Arduino IDE 设置项 | 值 |`: a top-left cell
// that says the rows are keys (a setting, a parameter, a property) beside a column headed as the value
// says each row is set to one value: the keys of one thing's settings or facts, not things set side by
// side. Both words are needed: `| User-Agent | Wert |` gives each browser's value, and things compared
// are measured by what is measured (`Rent`, `Stars`), not by "value". The header is no row of things
// either where one column stands beside the value: `| Metric | Value | Status |` says of each key its
// value and how it stands.
import type { AxisRule } from "./rule";
import { headerWord } from "./names";

/** "Value" as a header writes it, in the languages notes are written in. */
const VALUE = new Set("value values wert werte valeur valeurs valor valores valore значение значения 值 数值 取值 値 設定値 값 설정값".split(" "));
/** What a key is called, in the same languages: the last word of the top-left cell (`Arduino IDE setting`), or its end in a script without spaces. */
const KEY_WORDS = new Set(
	"setting settings key keys parameter parameters param option options property properties field fields variable variables metric metrics item items attribute attributes config configuration preference preferences einstellung einstellungen schlüssel eigenschaft eigenschaften paramètre paramètres clé propriété propriétés réglage réglages parámetro parámetros clave propiedad propiedades ajuste ajustes configuración métrica métricas parâmetro parâmetros chave propriedade configuração параметр параметры ключ настройка настройки свойство свойства метрика".split(" "),
);
/** Ends in a script without spaces; `项` covers `设置项` and `配置项`, `項目` covers `設定項目`. */
const KEY_ENDS = "设置 参数 配置 属性 项 项目 键 指标 設定 項目 パラメータ パラメーター キー プロパティ 指標 설정 항목 키 매개변수 속성 지표".split(" ");

function keyCorner(text: string): boolean {
	const corner = headerWord(text);
	const words = corner.split(/\s+/u);
	return KEY_WORDS.has(words[words.length - 1] ?? "") || KEY_ENDS.some((end) => corner.endsWith(end));
}

export const valueColumn: AxisRule = (group) => {
	if (group.kind !== "table" || group.body.length < 2 || group.corner === null || !keyCorner(group.corner.text)) return [];
	// The value stands next to its key: further right (`| Option | Coût | Valeur | Risque |`) it is one more attribute weighed.
	const value = group.columnLabels[0];
	if (value === undefined || !VALUE.has(headerWord(value.text))) return [];
	const reason = `"${group.corner.text.trim()}" over "${value.text.trim()}": the keys of one thing's settings or facts, each with its value`;
	const rows = { side: "rows" as const, evidence: { rule: "value-column", score: -1.5, reason } };
	// Neither side is things where a header or two beside the value (`Status`; `Default | Notes`) say more of each key;
	// three or more beside it (`| Metric | Value | AWS | GCP | Azure |`, the value a target) may be things measured.
	if (group.columnLabels.length > 3) return [rows];
	return [rows, { side: "columns", evidence: { rule: "value-column", score: -1.5, reason } }];
};
