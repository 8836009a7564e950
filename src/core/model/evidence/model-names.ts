import { IMAGE_VALUE } from "../cell-facts";
import { type CellFacts, type GroupFacts } from "./facts";
import type { AxisRule } from "./rule";
import { headOf, undecorated } from "./names";
import { sideOfSeries } from "./numbered-series";

// Shops name a product by brand, line and model: `Sony WH-1000XM5`, `ThinkPad X1`,
// `Bosch Serie 6 SMS6ZCI49E`, `Pirelli Cinturato P7`. Read as words, such a label is as long
// as a phrase (label-length) and says nothing of its own; read by its spelling, one of its words
// is a model code (a capital, then letters and digits mixed: `X1`, `P7`, `SMS6ZCI49E`) or a
// word with a capital inside it (`ThinkPad`, `MacBook`, `PlayStation`), which no phrase of any
// language that writes capitals has. A side whose labels are most of them spelled so names
// products; a numbered series (`Q1`, `Q2`, `A1`, `A2`) shares its letters and is left alone,
// as are house numbers and amounts (`221B`, `100g`: digits first).

/** A model code: a capital first, then only letters, digits and dashes, with a digit among them (`X1`, `WH-1000XM5`). */
const CODE_CHARACTERS = /^\p{Lu}[\p{L}\d-]+$/u;
const isModelCode = (word: string) => CODE_CHARACTERS.test(word) && /\d/u.test(word);
/** A capital inside a word after a small letter: `ThinkPad`, `iCloud`. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Words of a label that a phrase or a sentence would end with. */
const SENTENCE_END = /[.!?:;]$/u;

interface Spelling {
	/** The label is spelled as a product's name. */
	product: boolean;
	/** The letters of its model code, to tell a series (`Q1`, `Q2`) from models (`X1`, `P7`). */
	codeLetters: string | null;
}

/** How one label is spelled: a product name of two words or more, with a model code or an inner capital. */
export function productSpelling(text: string): Spelling {
	const label = headOf(undecorated(text)).trim();
	const none = { product: false, codeLetters: null };
	if (SENTENCE_END.test(label)) return none;
	const words = label.split(" ").filter((word) => word !== "");
	// One word is name-shape's to judge; a label longer than a shop's name is a phrase.
	if (words.length < 2 || words.length > 6) return none;
	const first = words[0] as string;
	// A name starts with a capital, or is a brand written with a small letter and a capital inside (`iPhone 15`).
	if (!/^\p{Lu}/u.test(first) && !INNER_CAPITAL.test(first)) return none;
	let codeLetters: string | null = null;
	let inner = false;
	for (let i = 0; i < words.length; i++) {
		const word = words[i] as string;
		if (codeLetters === null && isModelCode(word)) codeLetters = word.replace(/[\d-]/gu, "");
		// A capital inside the last word is a surname as often as a brand (`Ronald McDonald`): only before it.
		else if (i < words.length - 1 && INNER_CAPITAL.test(word)) inner = true;
	}
	return { product: codeLetters !== null || inner, codeLetters };
}

/**
 * A label as its name and its numbers, the words that open with a digit: `NodeJS 18` is
 * `nodejs` and one number, `Llama 2 7B` is `llama` and two.
 */
function nameAndNumbers(text: string): { name: string; numbers: number } {
	const words = headOf(undecorated(text)).split(" ").filter((word) => word !== "");
	const named = words.filter((word) => !/^\p{N}/u.test(word));
	return { name: named.join(" ").toLowerCase(), numbers: words.length - named.length };
}

/** The side's labels are product names: two or more, at least two in three spelled so, and their model codes not one series. */
function productSide(cells: readonly CellFacts[]): number {
	const texts = cells.map((cell) => cell.text.trim()).filter((text) => text !== "");
	if (texts.length < 2 || sideOfSeries(cells)) return 0;
	const spelled = texts.map(productSpelling);
	const products = spelled.filter((s) => s.product);
	if (products.length < 2 || products.length * 3 < texts.length * 2) return 0;
	const letters = products.map((s) => s.codeLetters).filter((l) => l !== null);
	// `Q1 review`, `Q2 review`: the codes share their letters and count, a series of one thing.
	if (letters.length >= 2 && new Set(letters).size === 1) return 0;
	// `NodeJS 16`, `NodeJS 18`, `NodeJS 20`: one product's releases, as often the runs a benchmark
	// was taken on as the things compared (./releases-of-one.ts): its spelling says nothing of which.
	// One number each: `Llama 2 7B | Llama 2 13B` are one family's sizes, models of their own.
	const releases = texts.filter((_, i) => spelled[i]?.product === true).map(nameAndNumbers);
	if (releases.every(({ numbers }) => numbers === 1) && new Set(releases.map(({ name }) => name)).size === 1) return 0;
	return products.length;
}

/** A gallery (`| Phone | Front | Back |` over photos) shows the products, it weighs nothing: half its values or more are pictures. */
function gallery(group: GroupFacts): boolean {
	let filled = 0;
	let pictures = 0;
	for (const row of group.body)
		for (const cell of row) {
			const text = cell.trim();
			if (text === "") continue;
			filled++;
			if (text === IMAGE_VALUE) pictures++;
		}
	return filled === 0 || pictures * 2 >= filled;
}

/** A side whose labels are spelled as products' names (a model code, an inner capital) holds the things compared. */
export const modelNames: AxisRule = (group) => {
	if (gallery(group)) return [];
	const rows = productSide(group.rowLabels);
	const columns = productSide(group.columnLabels);
	// Both sides spelled so say nothing of which is which.
	if ((rows === 0) === (columns === 0)) return [];
	const side = rows > 0 ? "rows" : "columns";
	const count = rows > 0 ? rows : columns;
	return [{ side, evidence: { rule: "model-names", score: 1.5, reason: `${count} labels spelled as products' names (a model code or a capital inside a word)` } }];
};
