// Obsidian's wikilink grammar, apart from markdown-it so the formatter and the
// property tests can use it on plain strings.

/** A wikilink as written: `![[target#subpath|display]]`. */
export interface WikilinkSyntax {
	/** Path as written, trimmed, without subpath; "" for `[[#Heading]]`. */
	target: string;
	/** "#Heading", "#Heading#Sub", "#^block-id" or "". */
	subpath: string;
	/** Text after "|" (or the table-escaped "\|"), null when absent or empty. */
	display: string | null;
	embed: boolean;
}

export interface WikilinkMatch {
	link: WikilinkSyntax;
	/** Offset just past the closing "]]". */
	end: number;
}

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const BANG = 0x21; // !
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Reads a wikilink starting exactly at `pos` (at "[[" or "![["), or returns
 * null when the text there is not one. Never throws.
 */
export function parseWikilinkAt(src: string, pos: number, max: number = src.length): WikilinkMatch | null {
	let start = pos;
	const embed = src.charCodeAt(start) === BANG;
	if (embed) start++;
	if (start + 4 > max || src.charCodeAt(start) !== OPEN || src.charCodeAt(start + 1) !== OPEN) return null;
	const contentStart = start + 2;
	let close = -1;
	for (let i = contentStart; i + 1 < max; i++) {
		const ch = src.charCodeAt(i);
		if (ch === NEWLINE || ch === CARRIAGE_RETURN) return null;
		// "[[a [[b]]": the outer one is text, so the inner one can still match later.
		if (ch === OPEN && src.charCodeAt(i + 1) === OPEN) return null;
		if (ch === CLOSE && src.charCodeAt(i + 1) === CLOSE) {
			close = i;
			break;
		}
	}
	if (close < 0) return null;
	const link = parseInner(src.slice(contentStart, close), embed);
	return link ? { link, end: close + 2 } : null;
}

/** Parses a whole string that must be exactly one wikilink. */
export function parseWikilink(text: string): WikilinkSyntax | null {
	const match = parseWikilinkAt(text, 0);
	return match && match.end === text.length ? match.link : null;
}

function parseInner(inner: string, embed: boolean): WikilinkSyntax | null {
	const pipe = inner.indexOf("|");
	let pathPart = pipe < 0 ? inner : inner.slice(0, pipe);
	// Inside tables the pipe must be written "\|"; the backslash belongs to the syntax.
	if (pipe > 0 && pathPart.endsWith("\\")) pathPart = pathPart.slice(0, -1);
	const displayPart = pipe < 0 ? "" : inner.slice(pipe + 1);

	const hash = pathPart.indexOf("#");
	const target = (hash < 0 ? pathPart : pathPart.slice(0, hash)).trim();
	const subpathText = hash < 0 ? "" : pathPart.slice(hash + 1).trim();
	const subpath = subpathText === "" ? "" : `#${subpathText}`;

	if (target === "" && subpath === "") return null;
	if (/[[\]]/.test(target) || /[[\]]/.test(subpath)) return null;
	return { target, subpath, display: displayPart === "" ? null : displayPart, embed };
}

/** The text Obsidian shows for a link: its display text, else "Target > Heading". */
export function wikilinkText(link: WikilinkSyntax): string {
	if (link.display !== null) return link.display;
	const headings = link.subpath
		.split("#")
		.filter((part) => part !== "")
		.map((part) => part.replace(/^\^/, ""));
	return [link.target, ...headings].filter((part) => part !== "").join(" > ");
}
