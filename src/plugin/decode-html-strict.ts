// main.js's stand-in for the `entities` package, which markdown-it imports
// (scripts/plugin-bundle.mjs points the plugin bundle's `entities` here; the
// command line keeps the package). markdown-it calls decodeHTMLStrict with one
// character reference, `&name;` or `&#...;`, and wants its text, or the reference
// unchanged when it is none. The package answers from its own copy of HTML's
// table of 2,125 named references, 18 KB of main.js; the browser Obsidian runs in
// has that table already, so this asks the browser's HTML parser.
//
// What is parsed is never more than references: strings that are each `&`, a name
// of letters and digits or a number, and `;`, checked before they are parsed, so
// none can open a tag. They are parsed into a document of their own, which has no
// scripting and is never shown; only its text is read back.
// tests/e2e/slim-parser.test.ts checks the answers against the package's for
// every named reference and for numbers of every kind.

const REFERENCE = /^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[xX][0-9A-Fa-f]{1,30}|#[0-9]{1,31});$/;
/** Whatever markdown-it may ask about: a superset of REFERENCE. */
const CANDIDATE = /&#?[A-Za-z0-9]{1,32};/g;

/** Enough for any real note; a hostile one with more gets them all, and the next note starts afresh. */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string>();
let parser: DOMParser | null = null;

export function decodeHTMLStrict(reference: string): string {
	let text = remembered.get(reference);
	if (text === undefined) {
		text = REFERENCE.test(reference) ? (parseReferences([reference])[0] ?? reference) : reference;
		if (remembered.size < MAX_REMEMBERED) remembered.set(reference, text);
	}
	return text;
}

/**
 * Decodes every reference in a note's text in one parse, ahead of markdown-it,
 * which then finds them decoded: one parse per reference costs a note with
 * thousands of different ones seconds.
 */
export function decodeReferencesIn(text: string): void {
	if (!text.includes("&")) return;
	const fresh = [...new Set(text.match(CANDIDATE))].filter((reference) => !remembered.has(reference) && REFERENCE.test(reference));
	if (fresh.length === 0) return;
	if (remembered.size + fresh.length > MAX_REMEMBERED) remembered.clear();
	const texts = parseReferences(fresh);
	fresh.forEach((reference, i) => remembered.set(reference, texts[i] ?? reference));
}

/** Each reference's text, or the reference itself when it is none; in one parse, one paragraph each. */
function parseReferences(references: string[]): string[] {
	parser ??= new DOMParser();
	const paragraphs = parser.parseFromString(references.map((reference) => `<p>${reference}</p>`).join(""), "text/html").body.children;
	return references.map((reference, i) => {
		const text = paragraphs[i]?.textContent ?? reference;
		// The parser also reads a reference without its ";" ("&noti;" as "&not" then "i;"),
		// which decodeHTMLStrict does not: what is left over ends in the ";".
		return text.endsWith(";") && text !== ";" ? reference : text;
	});
}
