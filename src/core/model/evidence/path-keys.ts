import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/** "linux/amd64", "linux/arm/v7": segments without spaces joined by slashes. */
const PATH = /^[^\s/]+(?:\/[^\s/]+)+$/u;
/**
 * "HTTP/2", "HTTP/1.1", "SMB/3.1": a name of two letters or more, then its version after one
 * slash, as protocols write their releases. A side of nothing else is releases, not a platform's
 * keys; one such label among platforms (`linux/386` beside `linux/amd64`) stays a key, and one
 * letter before the slash (`f/8`, an aperture) is a value's notation, a key too.
 */
const NAME_AND_VERSION = /^\p{L}{2,}\/\d+(?:\.\d+)*$/u;

const hierarchies = new WeakMap<readonly CellFacts[], boolean>();

/**
 * Every label of the side is a path, most share their first segment with another
 * label, and every one goes on with a digit: the keys of a hierarchy (an operating
 * system, then its architectures), as a platform matrix lists them.
 */
function sideOfKeys(side: readonly CellFacts[]): boolean {
	let found = hierarchies.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim()).filter((text) => text !== "");
		const firsts = new Map<string, number>();
		let paths = true;
		for (const text of texts) {
			if (!PATH.test(text) || text.startsWith("@") || !/\d/.test(text.slice(text.indexOf("/")))) {
				paths = false;
				break;
			}
			const first = text.slice(0, text.indexOf("/")).toLowerCase();
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		const shared = paths ? [...firsts.values()].filter((n) => n >= 2).reduce((sum, n) => sum + n, 0) : 0;
		found = texts.length >= 3 && shared * 2 >= texts.length && !texts.every((text) => NAME_AND_VERSION.test(text));
		hierarchies.set(side, found);
	}
	return found;
}

/**
 * `linux/amd64`, `linux/arm64`, `windows/amd64` down a support matrix: where a program
 * is built and tested, keys of a hierarchy, not things compared. Scoped packages
 * (`@scope/name`) and repositories (`owner/name`, no digit after the slash) are not such keys.
 */
export const pathKeys: NameRule = (label) =>
	sideOfKeys(sideLabels(label.group, label.side)) ? { rule: "path-keys", score: -1.5, reason: "one of several paths that share their first part: a key of a hierarchy (a platform), not a thing compared" } : null;
