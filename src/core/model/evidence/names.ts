// How a label becomes a name: markup, footnote markers, emoji and versions
// come off, so "**Electron  15.3.0**" and "Electron" are one thing. Every
// step is a single scan or a regular expression without adjacent quantifiers
// over the same characters, so a label of any length costs linear time.
import { FOOTNOTE_CHARS, referenceMarkAt } from "../cell-value";

/** Zero-width and direction marks: invisible, so they never tell two names apart. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const MARKUP = /[*_`~]/g;

/**
 * A name as toggles show it: no invisible marks, so two names never look alike yet differ,
 * and no emphasis left around it ("**Fastify**" in a fence). Inside, it is kept as written:
 * "clap_derive" and "move_char_left" are names with underscores.
 */
export function visibleName(text: string): string {
	const visible = text.replace(INVISIBLE, "").trim();
	// One scan from each end (a regular expression anchored at the end would rescan each run).
	let start = 0;
	let end = visible.length;
	while (start < end && EDGE_MARKUP.has(visible.charAt(start))) start++;
	while (end > start && EDGE_MARKUP.has(visible.charAt(end - 1))) end--;
	return visible.slice(start, end).trim();
}

const EDGE_MARKUP = new Set(["*", "_", "`"]);
const SPACES = /\s+/g;

/**
 * Printable ASCII, words apart by one space and no space at either end: nothing for the
 * clean-ups below to change. Most labels are so, and one scan costs less than the regular
 * expressions that would find nothing.
 */
function isTidy(text: string): boolean {
	// A space "before" the first character, so a leading space fails.
	let previous = 0x20;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code > 0x7e || (code === 0x20 && previous === 0x20)) return false;
		previous = code;
	}
	return text.length === 0 || previous !== 0x20;
}

/** Tidy (see isTidy) and without MARKUP's characters (`*`, `_`, backtick, `~`), in the same one scan. */
function isTidyUnmarked(text: string): boolean {
	let previous = 0x20;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code >= 0x7e || (code === 0x20 && previous === 0x20) || code === 0x2a || code === 0x5f || code === 0x60) return false;
		previous = code;
	}
	return text.length === 0 || previous !== 0x20;
}

/** The form names are compared in: no markup, no invisible marks, one space, lower case. */
export function normalizeName(name: string): string {
	if (isTidyUnmarked(name)) return name.toLowerCase();
	// Plain ASCII has nothing for NFKC or the invisible marks to change, and most labels are.
	const unicode = ASCII.test(name) ? name : name.normalize("NFKC").replace(INVISIBLE, "");
	return unicode.replace(MARKUP, "").replace(SPACES, " ").trim().toLowerCase();
}

/** What a header cell says, as the word lists of the rules hold it: `**Qty:**` -> `qty`, `Arduino IDE 设置项` -> `arduino ide 设置项`. */
export function headerWord(text: string): string {
	return normalizeName(text).replace(/[:：]$/u, "").trim();
}

const ASCII = /^[\x20-\x7e]*$/;

/** Anything but printable ASCII and white space: where emoji and invisible marks may be. */
const NOT_PLAIN = /[^ -~\t\n\r\v\f]/;
// A footnote's mark (`[^1]`) or a Pandoc citation (`[@doe99]`, `[-@doe99, p. 3]`), as Zotero and the Pandoc plugins write them.
const FOOTNOTE = /\[(?:\^[^\]\n]{0,40}|-?@[^[\]\n]{0,78})\]/g;
const SHORTCODE = /:[a-z0-9_+-]{1,40}:/gi;
// Joiners and variation selectors are matched on their own: inside one class with
// pictographs they would read as a combined character.
const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D|\u20E3/gu;

/** The letters and digits of a text, in small letters: `semantic-kernel` and `Semantic Kernel` → `semantickernel`. */
export const squeezed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Drops footnote markers, emoji and shortcodes, which decorate a name without being part of it. */
/** A link's text in brackets, a space, then its web address in brackets: bounded, so read in one pass. */
const BROKEN_LINK = /^\[([^[\]]{1,120})\] \((?:https?:\/\/|www\.)[^()\s]{1,500}\)$/;

export function undecorated(text: string): string {
	// Most labels: nothing to take off and nothing to tidy, found in one scan.
	if (isPlainTidy(text)) return text;
	// `[Pipedrive] (https://…)`: a link broken by a space before its address, which Markdown leaves as
	// written and a reader still reads as the name.
	const broken = BROKEN_LINK.exec(text.trim());
	if (broken !== null) return undecorated(broken[1] as string);
	// A footnote needs "[^", a shortcode ":", and emoji and invisible marks are not ASCII: most labels have none.
	const decorated = NOT_PLAIN.test(text) || text.includes("[^") || text.includes("@") || text.includes(":");
	let out = decorated ? text.replace(FOOTNOTE, "").replace(SHORTCODE, " ").replace(PICTOGRAPH, " ").replace(INVISIBLE, "") : text;
	let end = out.length;
	for (;;) {
		while (end > 0 && FOOTNOTE_CHARS.has(out.charAt(end - 1))) end--;
		const mark = referenceMarkAt(out, end);
		if (mark < 0) break;
		end = mark;
	}
	// `BitBucket:`, `Plugin:`: a colon closing a label is how its writer marks a label, not part of the name (`std::` keeps its pair).
	if (end > 1 && (out.charAt(end - 1) === ":" || out.charAt(end - 1) === "：") && out.charAt(end - 2) !== ":" && out.charAt(end - 2) !== " ") end--;
	// Nothing taken off and nothing to tidy, as with most labels: the text as it came.
	if (!decorated && end === out.length && isTidy(out)) return out;
	out = out.slice(0, end);
	return out.replace(SPACES, " ").trim();
}

/**
 * Printable ASCII tidy as `isTidy` has it, without ":" (a shortcode), "[^" (a footnote), "@" (a citation) or a
 * footnote mark at its end: text `undecorated` gives back as it came.
 */
function isPlainTidy(text: string): boolean {
	let previous = 0x20;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code > 0x7e || code === 0x3a || code === 0x40 || (code === 0x20 && previous === 0x20) || (code === 0x5e && previous === 0x5b)) return false;
		previous = code;
	}
	// "*" is the one footnote mark in ASCII.
	return text.length === 0 || (previous !== 0x20 && previous !== 0x2a);
}

/** The letters and digits just after a slash, at most a word's worth: an initialism is short. */
const AFTER_SLASH = /[\p{L}\p{N}]{0,12}/uy;

/** A word of capitals (and digits) only, two letters at least: `CSMA`, `CD`, `TCP`, `IP`. */
const CAPITALS_WORD = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{Lu}\d]+$/u;

/**
 * "CSMA/CD", "TCP/IP", "PL/SQL": a slash between two words of capitals joins one initialism,
 * read as one name; "JAX/Flax" (small letters after it) is two.
 */
function initialismAt(label: string, slash: number): boolean {
	const before = label.slice(label.lastIndexOf(" ", slash) + 1, slash);
	// The initialism after the slash ends with its letters: `TCP/IP-modellen` is TCP/IP's model, in Danish.
	// Read with a sticky pattern from the slash on, not a copy of the rest: a label of many slashes stays linear.
	AFTER_SLASH.lastIndex = slash + 1;
	const after = AFTER_SLASH.exec(label)?.[0] ?? "";
	return CAPITALS_WORD.test(before) && CAPITALS_WORD.test(after);
}

/** An owner's name as a hub writes it: small letters, digits and dashes (`deepvk`, `sentence-transformers`). */
const OWNER = /^[\p{Ll}\d][\p{Ll}\d_.-]*$/u;
/** A model's or repository's name after its owner, read from the slash on: letters, digits, dashes, dots and underscores. */
const AFTER_OWNER = /[\p{L}\p{N}_.-]*/uy;

/**
 * `deepvk/USER-bge-m3`, `cointegrated/LaBSE-en-ru`: a model or repository named under its owner, one
 * name, though a capital follows the slash. The owner is written in small letters as a hub writes it,
 * touching the slash, and the whole is one word that runs on to a dash or digit after its owner or
 * carries one in it (`sentence-transformers/LaBSE`); `vim/Neovim`, two plain words, stays two names.
 */
function ownerPathAt(label: string, slash: number): boolean {
	const start = label.lastIndexOf(" ", slash) + 1;
	const owner = label.slice(start, slash);
	if (!OWNER.test(owner)) return false;
	AFTER_OWNER.lastIndex = slash + 1;
	const name = AFTER_OWNER.exec(label)?.[0] ?? "";
	if (name === "" || label.charAt(slash + 1 + name.length) === "/") return false;
	return /[\d_.-]/u.test(owner) || /[\d_.-]/u.test(name);
}

/**
 * `gemma3:12b`, `qwen3-vl:8b`, `llama3.1:8b-instruct-q4_K_M`: a model as Ollama and its kin tag it, its
 * name, a colon, then its size in parameters and a variant. The tag is the build, as a version is a
 * release: the model is the name before the colon. `latest` is left whole: Docker tags images so
 * (`python:latest` beside `python:3.12-slim`), and there the tag is all that tells them apart.
 */
export const MODEL_TAG = /^[\p{L}\p{N}][\p{L}\p{N}._-]*:\d+(?:\.\d+)?[bmk](?:[-_][\p{L}\p{N}._-]*)?$/iu;

/** The characters `headOf` may cut a label at; a label with none of them is its own head. */
const HEAD_CUTS = /[/:：'’(,[（，+\-–—→@]/;

/**
 * The part of a label before a qualifier: "JAX/Flax" -> "JAX", "PyTorch (2.1)"
 * -> "PyTorch", "Redis - in memory" -> "Redis", "OOJS + jQuery" -> "OOJS", "Kafka → Redpanda" -> "Kafka",
 * "modern-tar: Pack Files" -> "modern-tar", "Zilliz's Milvus" -> "Zilliz", "Intel Celeron N100 @ 3.40GHz" -> "Intel Celeron N100",
 * "gemma3:12b" -> "gemma3".
 * "C++" keeps its signs: "+" splits only between spaces; "Weights & Biases" is one name.
 */
export function headOf(label: string): string {
	if (!HEAD_CUTS.test(label)) return label.trim();
	let cut = label.length;
	// Asked once per label, not per colon: a label of colons stays linear.
	let tagged: boolean | null = null;
	for (let i = 0; i < label.length; i++) {
		const ch = label.charAt(i);
		// "JAX/Flax" and "Disconf / Qconf" are two names; "HTTP/2" and a package path
		// ("apex/log", "encoding/json") are one: only a capital or a space after the slash splits.
		const slash = ch === "/" && /[\p{Lu} ]/u.test(label.charAt(i + 1)) && !initialismAt(label, i) && !ownerPathAt(label, i);
		// "modern-tar: Pack Many Small Files", "React: npm gh doc": a name, then what is done with it.
		const colon = (ch === ":" || ch === "：") && i > 0 && (label.charAt(i + 1) === " " || ch === "：" || (tagged ??= MODEL_TAG.test(label)));
		if (slash || colon || possessive(label, i) || ch === "(" || ch === "," || ch === "[" || ch === "（" || ch === "，") {
			cut = i;
			break;
		}
		const spaced = i > 0 && label.charAt(i - 1) === " " && (i + 1 === label.length || label.charAt(i + 1) === " ");
		// "Kafka → Redpanda" is a way from Kafka; "Intel Celeron N100 @ 3.40GHz" is the chip at its clock.
		if (spaced && (ch === "+" || ch === "-" || ch === "–" || ch === "—" || ch === "→" || ch === "@") && !initialismTail(label, i)) {
			cut = i;
			break;
		}
	}
	const head = label.slice(0, cut).trim();
	return head === "" ? label.trim() : head;
}

/**
 * "Standard - IA", "One Zone - IA" (S3's storage classes, which AWS writes Standard-IA): a dash
 * sets a description apart ("Redis - in memory"), but a bare initialism ending the label after it
 * describes nothing; it is part of the name, and the label stays whole. Only after a dash: a
 * `+` or an arrow joins two names ("OOJS + jQuery", "Kafka → Redpanda").
 */
function initialismTail(label: string, i: number): boolean {
	const ch = label.charAt(i);
	return (ch === "-" || ch === "–" || ch === "—") && /^ \p{Lu}{2,5}$/u.test(label.slice(i + 1));
}

/**
 * "Zilliz's Milvus", "Zinc Labs's Zinc": a product written with its maker, who is named
 * first; the maker heads the label, but two products of one maker stay two. A short word
 * before the apostrophe is not a maker: "Let's Encrypt" is one name.
 */
function possessive(label: string, i: number): boolean {
	const ch = label.charAt(i);
	if ((ch !== "'" && ch !== "’") || label.charAt(i + 1) !== "s" || label.charAt(i + 2) !== " " || i < 4) return false;
	return /\p{Lu}/u.test(label.charAt(0)) && /\p{L}/u.test(label.charAt(i - 1)) && /\p{Lu}/u.test(label.charAt(i + 3));
}

/** The label without what stands in brackets: "pymarkdown (+extras)" -> "pymarkdown". */
export function unqualified(text: string): string {
	let out = "";
	let depth = 0;
	for (const ch of text) {
		if (ch === "(" || ch === "[" || ch === "（") depth++;
		else if ((ch === ")" || ch === "]" || ch === "）") && depth > 0) depth--;
		else if (depth === 0) out += ch;
	}
	return out;
}

/**
 * "15.3.0", "v2", "1.0.0-beta.10", "3.x", "2+", "12-" (and earlier): one token of a version. A bare
 * number is not one: "Office 365" and "Windows 10" are names, and "pnpm 12"
 * beside "pnpm" is joined as a variant instead.
 */
/** `jq-1.8.1`, `jaq-3.0`: a word in small letters, a dash, a version with a dot. */
const DASH_RELEASE = /^(\p{Ll}+)-(\d+(?:\.\d+)+)$/u;
export const VERSION_TOKEN = /^(?:v\d+(?:[.\-+][0-9a-z]+)*|\d+(?:[.\-+][0-9a-z]+)+|\d+[+-])$/i;

/**
 * "-1", "--fast=3", "-O2": a command-line option after a name, the level or mode it
 * was run in ("zstd 1.5.6 --fast=3"). A lone dash is a separator, not an option.
 */
const FLAG_TOKEN = /^--?[0-9a-z][0-9a-z=.,+_-]*$/i;

/** "zstd 1.5.6 --fast=3" -> "zstd 1.5.6": the options a benchmark ran a program with come off; the first word always stays. */
export function withoutFlags(label: string): string {
	// Every option after the first word follows a space and opens with a dash.
	if (!label.includes(" -")) return label;
	const words = label.split(" ");
	let end = words.length;
	while (end > 1 && FLAG_TOKEN.test(words[end - 1] ?? "")) end--;
	return end === words.length ? label : words.slice(0, end).join(" ");
}

/**
 * "zstd 1.5.6 --fast=3" -> "zstd", "brotli 1.0.9 -0" -> "brotli": options, then the
 * version before them. Labels written as code keep theirs (`rg -i` is a command).
 */
function withoutMode(label: string): string {
	return withoutVersion(withoutFlags(label));
}

/**
 * "Electron 15.3.0" -> "Electron", "es-toolkit@1.40.0" -> "es-toolkit" (npm's
 * way); a label that is only a version stays as it is, and so does a scoped
 * package ("@medley/router").
 */
export function withoutVersion(label: string): string {
	// Every version token has a digit, and npm's way an "@": a label with neither has no version to take off.
	if (!/[\d@]/.test(label)) return label;
	// A program's name and its release joined by a dash, as a benchmark prints them (`jq-1.8.1`,
	// `gojq-0.12.18`): one word in small letters, then a version with a dot in it.
	const joined = DASH_RELEASE.exec(label);
	if (joined) return joined[1] as string;
	// Only the last word can start what comes off: when it is no version, nor ends in one after "@", nothing does.
	const space = label.lastIndexOf(" ");
	const lastWord = label.slice(space + 1);
	const lastAt = lastWord.lastIndexOf("@");
	if ((space < 0 || !VERSION_TOKEN.test(lastWord)) && !(lastAt > 0 && VERSION_TOKEN.test(lastWord.slice(lastAt + 1)))) return label;
	const words = label.split(" ");
	let end = words.length;
	while (end > 1 && VERSION_TOKEN.test(words[end - 1] ?? "")) end--;
	const kept = words.slice(0, end);
	const last = kept[kept.length - 1] ?? "";
	const at = last.lastIndexOf("@");
	if (at > 0 && VERSION_TOKEN.test(last.slice(at + 1))) kept[kept.length - 1] = last.slice(0, at);
	return kept.join(" ");
}

export interface LabelName {
	/** The label as written (markup already removed). */
	text: string;
	/** The qualifier-free form, version kept: "Tauri 1.0.0-beta.10" for "Tauri 1.0.0-beta.10 (beta)". */
	head: string;
	/** `head` without a trailing version: the name shown on the toggle. */
	bare: string;
}

/** A program's name as a shell runs it: lower case first, then letters, digits, `.`, `_`, `+`, `-`. */
const PROGRAM = /^\p{Ll}[\p{Ll}\p{N}._+-]*$/u;
/** Whether a word is spelled as a shell runs a program (`rg`, `git`, `jq`, `python3`). */
export function programShaped(word: string): boolean {
	return PROGRAM.test(word);
}

/**
 * An argument only a command line writes: an option (`-HI`, `--exact`), a path (`.`, `./src`,
 * `~/x`, `/tmp`, `benchmark/data.json`), a file (`data.yaml`, `bench.py`), a quoted pattern or
 * a number. A word with a slash or a file's extension is no program's subcommand.
 */
const SHELL_ARGUMENT = /^(?:--?[\p{L}\p{N}]|[.~/]|['"]|\p{N}+$|[\p{L}\p{N}_.-]+\/[\p{L}\p{N}_./-]*$|[\p{L}\p{N}_-]+\.\p{L}[\p{L}\p{N}]{0,4}$)/u;

/** A variable set for one command, as shells write it before the program: `GOMAXPROCS=80`, `NODE_ENV=production`. */
const ENVIRONMENT = /^[A-Z_][A-Z0-9_]*=\S*$/;

/**
 * The program a command line runs: `find` of `find . -iname '*.jpg'`, `fd` of `fd -HI '.*\.jpg$'`.
 * A command names the program it runs, and options, paths and patterns are the case it runs
 * on, as a version is a release of a name; the head keeps them. A command is a program's name
 * in lower case followed only by such arguments. A bare word after it may name the thing run
 * (`python -m timeit`, `npx tsc --noEmit`, `git log -p`), so such a command is read whole, and
 * so are `npm install`, `SELECT * FROM t` and `ls` alone.
 */
export function programOf(clean: string): string | null {
	const all = clean.split(" ");
	// `GOMAXPROCS=80 gdu -npc ~`, `RAYON_NUM_THREADS=1 rg foo`: the environment a program runs in is the case, as its options are.
	let start = 0;
	while (start < all.length - 1 && ENVIRONMENT.test(all[start] ?? "")) start++;
	const words = all.slice(start);
	const program = words[0] ?? "";
	if (!PROGRAM.test(program)) return null;
	if (words.length < 2) return start > 0 ? program : null;
	let quote = "";
	let previous = "";
	for (const word of words.slice(1)) {
		if (quote === "") {
			// What `-m` names is the thing run (`python -m json.tool`), however it is spelled; a count
			// is an argument (`rg -m 5`).
			if ((previous === "-m" && !/^\d+$/.test(word)) || !SHELL_ARGUMENT.test(word)) return null;
			previous = word;
			const open = word.charAt(0);
			if ((open === "'" || open === '"') && (word.length === 1 || !word.endsWith(open))) quote = open;
		} else if (word.endsWith(quote)) quote = "";
	}
	return program;
}

/**
 * A label written as code is literal: `find . -iname '*.jpg'` has no qualifier in brackets
 * and no markup. Only a version at its end comes off, as for any name (`es-toolkit@1.40.0`),
 * and a command line's options, paths and patterns (`find` of `find . -iname '*.jpg'`). Two
 * runs of one program alone in a table still show whole (`displayNames`), to tell them apart;
 * beside another program they are one thing run two ways.
 */
export function codeName(text: string): LabelName {
	const clean = text.replace(INVISIBLE, "").replace(SPACES, " ").trim();
	return { text, head: clean, bare: programOf(clean) ?? withoutVersion(clean) };
}

export function labelName(text: string): LabelName {
	const clean = undecorated(isTidy(text) ? text : text.replace(INVISIBLE, "").replace(SPACES, " ").trim());
	const head = headOf(clean);
	return { text, head, bare: withoutMode(head) };
}

/**
 * "commonmark-py" -> "commonmark", "Vue.js" -> "vue.js" -> "vue": the name a
 * name may be a platform variant of. Only a short last part ("py", "js", "rs")
 * counts; "markdown-it-py" is not taken for "markdown".
 */
export function variantBase(key: string): string | null {
	for (let i = key.length - 1; i > 1 && key.length - i <= 5; i--) {
		const ch = key.charAt(i);
		const suffix = key.slice(i + 1);
		// A space joins only a number ("pnpm 12"): "Visual Studio Code" is not a kind of "Visual Studio".
		if (ch === "-" || ch === "_" || ch === "." || (ch === " " && /^\d+$/.test(suffix))) return suffix !== "" ? key.slice(0, i) : null;
		if (ch === " ") return null;
	}
	return null;
}
