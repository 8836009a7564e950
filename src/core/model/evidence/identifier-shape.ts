import { type CellFacts, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { NameRule } from "./rule";
import { MODEL_TAG } from "./names";

/**
 * "IN_PROGRESS", "MAX_RETRIES": spelled like a constant in code, not a product.
 * snake_case alone is not enough: package names are spelled so ("bpaf_derive").
 */
const IDENTIFIER = /^[\p{Lu}\p{N}]+(?:_[\p{Lu}\p{N}]+)+$/u;
/**
 * "1-startup-routes.cjs", "config.yaml": a file. ".js" is left out, because
 * "Vue.js" and "three.js" are names, and so are domains ("Cal.com", "Socket.io").
 */
const FILE = /^[^\s/]+\.(?:[cm]js|[cm]?tsx?|jsx|py|rb|go|rs|java|kt|swift|php|md|json|ya?ml|toml|ini|sh|bat|txt|csv|html?|css|scss|xml|lock)$/i;

/**
 * "https://nextui.org", "<https://www.skroutz.gr/>", "www.radix-ui.com": an address written out, as a
 * list of sources or shops writes it. A name linked to its site is written as the name (./linked-cell.ts).
 */
const ADDRESS = /^<?(?:https?:\/\/|www\.)[^\s<>]+>?$/i;

/** "fs:allow-app-read", "user:email": a namespaced key (a permission, a scope), not a product. */
const NAMESPACED = /^[a-z][a-z0-9_-]*:[a-z0-9_*-]+(?::[a-z0-9_*-]+)*$/;

/**
 * "--van-button-mini-height", "--no-audit": a CSS custom property or a long option of a
 * command, words joined by dashes after two: a key of a program, not a product. One word
 * alone (`--release`) may be a build a benchmark sets against another, so it is left alone.
 */
const DASHED_KEY = /^--\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+$/u;

/**
 * "hermes/audioServer/SITE_ID/playBytes", "src/views/table.ts", "/api/v1/users": three segments
 * or more joined by slashes, without spaces, are a path, a topic or a route, a key in a hierarchy.
 * Two are often a name (`vercel/next.js`, `TCP/IP`, `Vim/Neovim`) and stay alone, and so does a
 * path under a host, which names a module or an image (`github.com/gin-gonic/gin`, `ghcr.io/x/y`).
 */
const DEEP_PATH = /^\/?[^\s/.]+(?:\/[^\s/]+){2,}\/?$/u;

/**
 * "Ctrl-e", "Ctrl+Shift+P", "Cmd-Home", "Alt-{", "⌘K": a key chord, a modifier as keyboards print
 * it joined to a key. A shortcut, not a product; the modifiers are notation, as units are. Ctrl,
 * Cmd and Fn are no words, so any key may follow them; Alt, Shift and Opt are words too
 * (`Shift-Left` testing, `Opt-in`), so only a single key or another modifier may, or any key
 * where the platform's other modifier is given in brackets (`Alt(Ctrl on Mac)-LeftArrow`). Modifiers that
 * are words only (`Meta-Llama-3-8B`, `Command-line`, `Super-Resolution`) are left out.
 */
const KEY_CHORD = /^(?:(?:ctrl|cmd|fn)(?: ?\([^()]*\))? ?[-+] ?\S|(?:alt|shift|opt)(?: ?\([^()]*\) ?[-+] ?\S| ?[-+] ?(?:\S$|(?:ctrl|alt|shift|cmd|opt|fn) ?[-+]))|[⌘⌥⇧⌃]\S)/iu;

/**
 * What `judge` says of a side's labels (trimmed, blanks left out), worked out once per side and
 * question: `key` is the question's key in the note's memo.
 */
function sideIs(key: object, side: readonly CellFacts[], note: NoteContext, judge: (texts: readonly string[]) => boolean): boolean {
	const memo = note.memo.workedOut<readonly CellFacts[], boolean>(key);
	let found = memo.get(side);
	if (found === undefined) {
		found = judge(side.map((cell) => cell.text.trim()).filter((text) => text !== ""));
		memo.set(side, found);
	}
	return found;
}

/** The key of the per-side answers in the note's memo. */
const CHORD_SIDES = {};

/** Half the labels of the side at least are key chords, two at least: its other labels (`Tab`, `PageUp`) are keys too. */
function sideOfKeys(side: readonly CellFacts[], note: NoteContext): boolean {
	return sideIs(CHORD_SIDES, side, note, (texts) => {
		const chords = texts.filter((text) => KEY_CHORD.test(text)).length;
		return chords >= 2 && chords * 2 >= texts.length;
	});
}

/** "TODO" beside "IN_PROGRESS" and "ON_HOLD": a single capitalised word among constants is one of them. */
const CAPITALS = /^[\p{Lu}\p{N}]+$/u;

/** The key of the per-side answers in the note's memo. */
const CONSTANT_SIDES = {};

/** At least two labels of the side are constants joined by underscores, and most of the others are in capitals. */
function sideOfConstants(side: readonly CellFacts[], note: NoteContext): boolean {
	return sideIs(CONSTANT_SIDES, side, note, (texts) => {
		const joined = texts.filter((text) => IDENTIFIER.test(text)).length;
		const capitals = texts.filter((text) => CAPITALS.test(text)).length;
		return joined >= 2 && (joined + capitals) * 2 > texts.length;
	});
}

export const identifierShape: NameRule = (label, note) => {
	const { head } = label.name;
	// Constants are values of a program (statuses, levels), never things compared: told apart from names, not weighed.
	if (IDENTIFIER.test(head)) return { rule: "constant-name", score: -1, reason: "spelled like a constant in code" };
	if (CAPITALS.test(head) && /\p{L}/u.test(head) && sideOfConstants(sideLabels(label.group, label.side), note)) {
		return { rule: "constant-name", score: -1, reason: "in capitals among constants such as IN_PROGRESS: one of them" };
	}
	if (ADDRESS.test(label.cell.text.trim())) return { rule: "identifier-shape", score: -2, reason: "a web address: where a thing is, not its name" };
	// `gemma3:12b` is a model tagged with its size, not a key in a namespace.
	if (NAMESPACED.test(head) && !MODEL_TAG.test(head)) return { rule: "identifier-shape", score: -1, reason: "a namespaced key, such as a permission or a scope" };
	if (FILE.test(head)) return { rule: "identifier-shape", score: -1, reason: "a file name" };
	if (KEY_CHORD.test(label.cell.text.trim())) return { rule: "identifier-shape", score: -1, reason: "a key chord: a modifier joined to a key, a shortcut" };
	if (sideOfKeys(sideLabels(label.group, label.side), note)) return { rule: "identifier-shape", score: -1, reason: "a key among key chords such as Ctrl-S" };
	if (DEEP_PATH.test(head)) return { rule: "identifier-shape", score: -1, reason: "a path, topic or route: three segments or more joined by slashes" };
	if (DASHED_KEY.test(head)) return { rule: "identifier-shape", score: -1, reason: "a CSS custom property or a long option, words joined by dashes after two" };
	return null;
};
