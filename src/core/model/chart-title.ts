// "RESNET-50 Training Performance (images/sec, higher is better)" -> title,
// unit and which direction is better.
import type { Better } from "./types";

export interface ChartTitle {
	title: string | null;
	unit: string | null;
	better: Better | null;
}

// Read by scanning, not by patterns with adjacent `\s*`: a title of many spaces must cost one pass.
const COMPARATIVES = new Set(["higher", "more", "greater", "bigger", "larger", "lower", "less", "fewer", "smaller"]);
const HIGHER = new Set(["higher", "more", "greater", "bigger", "larger"]);
const LINKS = new Set(["is", "=", "are"]);
const SEPARATORS = ",;:–—-，：";

/**
 * The same phrase as notes in other languages write it, after `phraseKey` (lower case, `=`,
 * dashes, commas and colons as spaces): "niedriger ist besser", "je höher desto besser",
 * "чем меньше тем лучше", "越低越好", "低いほど良い". A chart's title says which way is
 * better in the note's own language, and the stars follow it.
 */
const PHRASES: ReadonlyMap<string, Better> = new Map([
	// German, Dutch, Swedish
	...["höher", "mehr", "größer", "hoger", "meer", "groter", "högre", "mer", "större"].flatMap((word) => [`${word} ist besser`, `${word} is beter`, `${word} är bättre`, `je ${word} desto besser`]).map((phrase): [string, Better] => [phrase, "higher"]),
	...["niedriger", "weniger", "kleiner", "lager", "minder", "lägre", "mindre"].flatMap((word) => [`${word} ist besser`, `${word} is beter`, `${word} är bättre`, `je ${word} desto besser`]).map((phrase): [string, Better] => [phrase, "lower"]),
	// French, Spanish, Portuguese, Italian
	...["plus haut est mieux", "plus élevé est mieux", "plus élevé est meilleur", "plus c'est haut mieux c'est", "plus c'est élevé mieux c'est", "más alto es mejor", "mayor es mejor", "más es mejor", "mais alto é melhor", "maior é melhor", "mais é melhor", "più alto è meglio", "maggiore è meglio", "più è meglio", "più alto è migliore"].map((phrase): [string, Better] => [phrase, "higher"]),
	...["plus bas est mieux", "plus bas est meilleur", "moins est mieux", "plus c'est bas mieux c'est", "más bajo es mejor", "menor es mejor", "menos es mejor", "mais baixo é melhor", "menor é melhor", "menos é melhor", "più basso è meglio", "minore è meglio", "meno è meglio", "più basso è migliore"].map((phrase): [string, Better] => [phrase, "lower"]),
	// Russian, Polish, Turkish
	...["больше лучше", "выше лучше", "чем больше тем лучше", "чем выше тем лучше", "więcej lepiej", "wyżej lepiej", "im więcej tym lepiej", "im wyżej tym lepiej", "yüksek daha iyi", "daha yüksek daha iyi"].map((phrase): [string, Better] => [phrase, "higher"]),
	...["меньше лучше", "ниже лучше", "чем меньше тем лучше", "чем ниже тем лучше", "mniej lepiej", "niżej lepiej", "im mniej tym lepiej", "im niżej tym lepiej", "düşük daha iyi", "daha düşük daha iyi"].map((phrase): [string, Better] => [phrase, "lower"]),
	// Chinese, Japanese, Korean
	...["越高越好", "越大越好", "越多越好", "高いほど良い", "大きいほど良い", "多いほど良い", "高いほどよい", "大きいほどよい", "높을수록 좋음", "클수록 좋음", "많을수록 좋음", "높을수록 좋다", "클수록 좋다"].map((phrase): [string, Better] => [phrase, "higher"]),
	...["越低越好", "越小越好", "越少越好", "低いほど良い", "小さいほど良い", "少ないほど良い", "低いほどよい", "小さいほどよい", "낮을수록 좋음", "작을수록 좋음", "적을수록 좋음", "낮을수록 좋다", "작을수록 좋다"].map((phrase): [string, Better] => [phrase, "lower"]),
]);

/** Lower case, with `=`, dashes, commas and colons as single spaces between words. */
function phraseKey(part: string): string {
	return part
		.toLowerCase()
		.replace(/[=—–\-,:、，：]/g, " ")
		.split(/\s+/)
		.filter((word) => word !== "")
		.join(" ");
}

/** "higher is better", "less = better", "smaller better", "niedriger ist besser": which way is better, or null. */
function betterPhrase(part: string): Better | null {
	const key = phraseKey(part);
	const phrased = PHRASES.get(key);
	if (phrased !== undefined) return phrased;
	const words = part.toLowerCase().replace(/=/g, " = ").split(/\s+/).filter((word) => word !== "");
	const [comparative, middle, last] = words;
	if (comparative === undefined || !COMPARATIVES.has(comparative)) return null;
	const phraseEnds = words.length === 2 ? middle === "better" : words.length === 3 && LINKS.has(middle ?? "") && last === "better";
	if (!phraseEnds) return null;
	return HIGHER.has(comparative) ? "higher" : "lower";
}

/** "Title (unit, higher is better)": the last "(" (or a full-width "（") whose group holds no other bracket and ends the line. */
function trailingGroup(text: string): { before: string; inside: string } | null {
	const close = text.charAt(text.length - 1);
	if (close !== ")" && close !== "）") return null;
	const open = text.lastIndexOf(close === ")" ? "(" : "（", text.length - 2);
	if (open < 0) return null;
	const inside = text.slice(open + 1, -1);
	return inside.includes(close) ? null : { before: text.slice(0, open), inside };
}

export function parseChartTitle(line: string): ChartTitle {
	const text = line.trim();
	if (text === "") return { title: null, unit: null, better: null };
	const group = trailingGroup(text);
	if (group) {
		const parts = group.inside.split(/[,;，；]/).map((part) => part.trim()).filter((part) => part !== "");
		let better: Better | null = null;
		const unitParts: string[] = [];
		for (let i = 0; i < parts.length; i++) {
			const part = parts[i] as string;
			// "je höher, desto besser", "чем меньше, тем лучше": a phrase the comma split in two.
			const joined = i + 1 < parts.length ? betterPhrase(`${part} ${parts[i + 1]}`) : null;
			const way = joined ?? betterPhrase(part);
			if (joined !== null) i++;
			if (way !== null) better = way;
			else unitParts.push(part);
		}
		const title = group.before.trim();
		return { title: title === "" ? null : title, unit: unitParts.length > 0 ? unitParts.join(", ") : null, better };
	}
	// "Build time - smaller is better": the phrase after one of the last two separators
	// ("Preis — чем меньше, тем лучше" has a comma inside its phrase).
	let tried = 0;
	for (let i = text.length - 1; i >= 0 && tried < 2; i--) {
		if (!SEPARATORS.includes(text[i] as string)) continue;
		tried++;
		const way = betterPhrase(text.slice(i + 1));
		if (way !== null) return { title: text.slice(0, i).trim() || null, unit: null, better: way };
	}
	return { title: text, unit: null, better: null };
}
