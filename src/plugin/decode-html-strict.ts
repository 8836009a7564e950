// main.js's stand-in for the `entities` package, which markdown-it imports
// (scripts/plugin-bundle.mjs points the plugin bundle's `entities` here; the
// command line keeps the package). markdown-it calls decodeHTMLStrict with one
// character reference, `&name;` or `&#...;`, and wants its text, or the reference
// unchanged when it is none. The package answers from its own copy of HTML's
// table of 2,125 named references, 18 KB of main.js; the browser Obsidian runs in
// has that table already, so this asks the browser's HTML parser.
//
// What is parsed is never more than one reference: a string that is `&`, a name
// of letters and digits or a number, and `;`, checked before it is parsed, so it
// cannot open a tag. It is parsed into a document of its own, which has no
// scripting and is never shown; only its text is read back.
// tests/e2e/decode-html-strict.test.ts checks the answers against the package's
// for every named reference and for numbers of every kind.

const NAMED = /^&[A-Za-z][A-Za-z0-9]{1,31};$/;
const NUMBER = /^&#(?:[xX][0-9A-Fa-f]{1,30}|[0-9]{1,31});$/;

/** A note repeats its references; a hostile one may hold many different ones. */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string>();
let parser: DOMParser | null = null;

export function decodeHTMLStrict(reference: string): string {
	let text = remembered.get(reference);
	if (text === undefined) {
		text = NAMED.test(reference) || NUMBER.test(reference) ? parseReference(reference) : reference;
		if (remembered.size >= MAX_REMEMBERED) remembered.clear();
		remembered.set(reference, text);
	}
	return text;
}

function parseReference(reference: string): string {
	parser ??= new DOMParser();
	const title = parser.parseFromString(`<title>${reference}</title>`, "text/html").querySelector("title");
	const text = title?.textContent ?? reference;
	// The parser also reads a reference without its ";" ("&noti;" as "&not" then "i;"),
	// which decodeHTMLStrict does not: what is left over ends in the ";".
	return text.endsWith(";") && text !== ";" ? reference : text;
}
