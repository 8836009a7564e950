// `| Company | Internship (monthly in SGD) | Fresh Grad Annual Total (SGD) |`: labels that
// say, in brackets, the currency their amounts are in are measures of money, as `Time (ms)` is
// a measure of time (./measures-across.ts), and the things priced or paid stand on the other
// side. A currency is a sign (`€`, `$`, `¥`: Unicode's currency symbols) or a code the runtime
// knows (`SGD`, `EUR`: `Intl.supportedValuesOf("currency")`), never a list of ours. A code alone
// may be something else in brackets (`Laravel (PHP)`, the peso's code), so a side counts only when
// two of its labels or more name one currency: a unit written again over several columns.
// The other side must read as things, not as a budget's categories: a label whose word the
// note's own text writes in lower case (`Comida` beside "nos pasamos en comida") is a common
// word, where a name keeps its capital wherever the text writes it (`| Categoría | Presupuesto
// (€) | Gastado (€) |` is money spent per category, nothing priced).
import { commonWordOfNote } from "./common-word";
import type { AxisRule } from "./rule";
import { type Side, sideLabels } from "./facts";

const BRACKETED = /[([]([^()[\]]{1,24})[)\]]/gu;
const SIGN = /^\p{Sc}$/u;
const CODE = /^\p{Lu}{3}$/u;
const TOKEN = /[\p{L}\p{Sc}]+/gu;

let known: ReadonlySet<string> | null = null;

/** The currency codes the runtime knows; none where it cannot say. */
function currencyCodes(): ReadonlySet<string> {
	if (known === null) {
		const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
		let codes: string[] = [];
		try {
			codes = supported ? supported("currency") : [];
		} catch {
			codes = [];
		}
		known = new Set(codes);
	}
	return known;
}

/** The currency a label names in brackets (`(SGD)`, `(monthly in SGD)`, `[€]`), or null. */
export function bracketedCurrency(label: string): string | null {
	for (const match of label.matchAll(BRACKETED)) {
		for (const token of (match[1] ?? "").matchAll(TOKEN)) {
			const word = token[0];
			if (SIGN.test(word) || (CODE.test(word) && currencyCodes().has(word))) return word;
		}
	}
	return null;
}

export const currencyAcross: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	const found: { side: Side; evidence: { rule: string; score: number; reason: string } }[] = [];
	for (const side of ["rows", "columns"] as const) {
		const counts = new Map<string, number>();
		for (const cell of sideLabels(group, side)) {
			const currency = bracketedCurrency(cell.text);
			if (currency !== null) counts.set(currency, (counts.get(currency) ?? 0) + 1);
		}
		const repeated = [...counts.entries()].find(([, count]) => count >= 2);
		if (repeated === undefined) continue;
		const other: Side = side === "rows" ? "columns" : "rows";
		if (sideLabels(group, other).some((cell) => commonWordOfNote(cell.text.trim(), note))) continue;
		found.push({ side: other, evidence: { rule: "currency-across", score: 1, reason: `${repeated[1]} ${side === "rows" ? "row" : "column"} labels are amounts in ${repeated[0]}` } });
	}
	return found;
};
