// What a table cell is beyond its text: a link (awesome lists link every name
// to its home) or code. Read from markdown-it's inline tokens of the cell.
import type { Token } from "markdown-it";
import { WIKILINK_TOKEN, type WikilinkMeta } from "../markdown/rules/wikilink";
import type { CellFacts } from "./evidence/facts";
import { inlineText } from "./inline-text";
import { isExternal } from "./note-links";
import { isImageFile } from "./evidence/attachment";

export function cellFacts(children: readonly Token[] | null): CellFacts {
	const text = inlineText(children);
	let links = 0;
	let code = 0;
	let depth = 0;
	let outside = "";
	// Letters outside code spans, inside links or not: none makes the cell a command.
	let words = false;
	let href: string | null = null;
	let page = false;
	let images = 0;
	// Letters inside and outside strong emphasis: a cell all in bold is written as a heading.
	let strong = 0;
	let boldLetters = false;
	let plainLetters = false;
	for (const token of children ?? []) {
		if (token.type === "strong_open") strong++;
		else if (token.type === "strong_close") strong = Math.max(0, strong - 1);
		else if ((token.type === "text" || token.type === "code_inline") && /[\p{L}\p{N}]/u.test(token.content)) {
			if (strong > 0) boldLetters = true;
			else plainLetters = true;
		}
		if (token.type === "link_open") {
			if (href === null) {
				href = String(token.attrGet("href") ?? "");
				page = isRelativePage(href);
			}
			if (depth === 0) links++;
			depth++;
		} else if (token.type === "link_close") depth = Math.max(0, depth - 1);
		else if (token.type === "image") images++;
		// An element the note's site draws (`<logos-ios />`, `<img src="…">`) shows a picture where it stands alone.
		else if (token.type === "html_inline" && PICTURE_TAG.test(token.content)) images++;
		else if (token.type === WIKILINK_TOKEN) {
			const { link } = token.meta as WikilinkMeta;
			if (link.embed && isImageFile(link.target)) images++;
			else if (!link.embed) {
				links++;
				href ??= link.target;
			}
		}
		else if (token.type === "code_inline") {
			code++;
			if (depth === 0) outside += "x";
		} else if (token.type === "text" || token.type === "text_special") {
			if (depth === 0) outside += token.content;
			if (!words && /[\p{L}\p{N}]/u.test(token.content)) words = true;
		}
	}
	// A badge, a footnote marker or a citation beside the link does not make it less of a link.
	return {
		text,
		linked: links > 0 && outside.replace(/\[(?:\^[^\]]{0,40}|-?@[^[\]]{0,78})\]|[\s*|()[\]\-–—,;:]/g, "") === "",
		href,
		page,
		// "`h`, `Left`": code spans with only punctuation between them.
		// An annotation after the code (`` `HEX`<sup>1.27.0</sup> ``) leaves it code.
		code: code > 0 && links === 0 && !/[\p{L}\p{N}]/u.test(inlineText((withoutAnnotations(children) ?? children)?.filter((t) => t.type !== "code_inline") ?? null)),
		command: code > 0 && !words,
		// Alt text and markup aside, nothing but images: a logo or a screenshot.
		image: images > 0 && code === 0 && !wikilinks(children) && !wordsOutsideImages(children),
		bold: boldLetters && !plainLetters,
		...unannotated(children),
	};
}

/**
 * An element that draws a picture where it stands without words: a custom element (`<logos-ios />`), an
 * image (`<img>`, `<svg>`), or any element with attributes (`<i class="devicon-react-original"></i>`, an
 * icon font). A bare `<br>`, `<b>` or `<sup>` is text markup, and a cell of only those holds no picture.
 */
const PICTURE_TAG = /^<(?:[a-z][a-z\d]*-[\w-]*|(?:img|svg|picture|video|object|embed)(?![\w-])|(?!(?:br|wbr|hr)[\s/>])[a-z][\w-]*\s+[\w:-]+=)/i;

// An attribute's quoted value may hold a tag of its own (`<sub title="Failed:<br>…">`).
const SUP_OPEN = /^<su[pb](?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>$/i;
const SUP_CLOSE = /^<\/su[pb]>$/i;
/** Text ending in a letter or digit: what follows it right away is attached to it. */
const ATTACHED = /[\p{L}\p{N}]$/u;

/**
 * A superscript or subscript set apart from the text before it annotates what stands beside
 * it: a change against a baseline at the start of a cell (`<sup>-68%</sup> 22.82 KB`), a status
 * after a name (`babel-minify <sub>❌ Timed out</sub>`). What is compared is the value or the
 * name, so detection reads the cell without it. One attached to a letter or a digit is part of
 * what it follows (an exponent, `10<sup>6</sup>`; a formula, `CO<sub>2</sub>`) and is read as
 * before, but for a footnote's mark ending a cell after a word (`SQLite<sup>1</sup>`,
 * `Yes<sup>*</sup>`): a reader reads the word and looks the mark up below the table, so the
 * name compared is SQLite, not SQLite1. Code is literal, so one right after a code span is
 * never part of it (`` `HEX`<sup>1.27.0</sup> ``: HEX, there since 1.27.0). Nothing when the
 * cell has neither.
 */
function unannotated(children: readonly Token[] | null): { unannotated?: string } {
	const kept = withoutAnnotations(children);
	return kept === null ? {} : { unannotated: inlineText(kept) };
}

/** The cell's tokens without its annotating superscripts and subscripts (see `unannotated`); null when it writes none. */
function withoutAnnotations(children: readonly Token[] | null): Token[] | null {
	if (!(children ?? []).some((token) => token.type === "html_inline" && SUP_OPEN.test(token.content.trim()))) return null;
	const kept: Token[] = [];
	let depth = 0;
	// Text written right before the superscript, as a reader sees it: a letter or digit there
	// means the superscript is attached (an exponent, 10<sup>6</sup>; a formula, H<sub>2</sub>O).
	let before = "";
	const tokens = children ?? [];
	for (const [i, token] of tokens.entries()) {
		const html = token.type === "html_inline" ? token.content.trim() : "";
		if (depth === 0 && SUP_OPEN.test(html) && (!ATTACHED.test(before) || footnoteMark(tokens, i, before))) depth++;
		else if (depth > 0 && SUP_OPEN.test(html)) depth++;
		else if (depth > 0 && SUP_CLOSE.test(html)) depth--;
		else if (depth === 0) {
			kept.push(token);
			// Code is literal, so nothing written after it is part of it: `HEX`<sup>1.27.0</sup> is HEX, since 1.27.0.
			if (token.type === "text" || token.type === "text_special") before = token.content;
			else if (token.type !== "html_inline") before = "";
		}
	}
	return kept;
}

/** A footnote's mark: numbers, asterisks, daggers, section signs, nothing else. */
const FOOTNOTE_MARK = /^[\d\s,*\u2020\u2021\u00a7]+$/u;
/** Text ending in a letter: a mark after it is no exponent of a number. */
const AFTER_WORD = /\p{L}$/u;

/**
 * Whether the `<sup>` at `open` is a footnote's mark: after a word, holding only a mark, and
 * ending the cell (`SQLite<sup>1</sup>`). An exponent follows a number (`10<sup>6</sup>`) or
 * is followed by more (`O(n<sup>2</sup>)`); a subscript is part of a formula (`CO<sub>2</sub>`).
 */
function footnoteMark(tokens: readonly Token[], open: number, before: string): boolean {
	if (!/^<sup(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>$/i.test(tokens[open]?.content.trim() ?? "") || !AFTER_WORD.test(before)) return false;
	let mark = "";
	let i = open + 1;
	for (; i < tokens.length && !SUP_CLOSE.test(tokens[i]?.content.trim() ?? ""); i++) {
		const token = tokens[i];
		if (token?.type !== "text") return false;
		mark += token.content;
	}
	if (i >= tokens.length || !FOOTNOTE_MARK.test(mark)) return false;
	return tokens.slice(i + 1).every((token) => token.type === "text" && token.content.trim() === "");
}

/** A header or row label as detection reads it: without its superscripts and subscripts. */
export function labelCell(cell: CellFacts): CellFacts {
	return cell.unannotated === undefined ? cell : { ...cell, text: cell.unannotated };
}

/** Letters or digits in a text token that is not an image's alt text (alt text sits in the image token's children). */
function wordsOutsideImages(children: readonly Token[] | null): boolean {
	return (children ?? []).some((token) => (token.type === "text" || token.type === "text_special") && /[\p{L}\p{N}]/u.test(token.content));
}

/** A link other than an embedded image: `[[React]]`, `![[React]]` (a note shown in place). */
function wikilinks(children: readonly Token[] | null): boolean {
	return (children ?? []).some((token) => {
		if (token.type !== WIKILINK_TOKEN) return false;
		const { link } = token.meta as WikilinkMeta;
		return !link.embed || !isImageFile(link.target);
	});
}

/**
 * What detection reads in a table's value cell: its text, or for a cell of only an image
 * (a screenshot, a logo) the object replacement character, one value of its own kind: an
 * image's alt text ("Chart") is no word of the table.
 */
export const IMAGE_VALUE = "\uFFFC";

export function valueText(cell: CellFacts | undefined): string {
	if (cell === undefined) return "";
	return cell.image === true ? IMAGE_VALUE : (cell.unannotated ?? cell.text);
}

export const plainCell = (text: string): CellFacts => ({ text, linked: false, href: null, page: false, code: false, command: false });

/** "docs/rules/no-null.md", "../guide/": a page of the same site, not a URL, an anchor or a wikilink. */
function isRelativePage(href: string): boolean {
	return href !== "" && !isExternal(href) && !href.startsWith("#");
}
