import { normalizeName } from "./names";
import type { NameRule } from "./rule";

/**
 * A release: `10.7.2`, `v17`, `3.12-rc1`, `3.12`. A bare number (`2022`, `512`) may be a year or a value, and
 * `0.3` a weight (`Cost (0.3)`): criteria carry those; a release of 0 has two dots (`0.12.1`).
 */
const RELEASE = /^(?:v\d+(?:\.\d+)*|[1-9]\d*(?:\.\d+)+|0(?:\.\d+){2,})(?:[-+][\p{L}\p{N}.]*)?$/u;

/** Whether the label closes with a release in brackets: `Preact (10.7.2)`. One look at the last brackets. */
function bracketedRelease(text: string): boolean {
	const trimmed = text.trimEnd();
	const close = trimmed.charAt(trimmed.length - 1);
	if (close !== ")" && close !== "）") return false;
	const open = Math.max(trimmed.lastIndexOf("("), trimmed.lastIndexOf("（"));
	return open > 0 && RELEASE.test(trimmed.slice(open + 1, -1).trim());
}

/**
 * "Electron 15.3.0", "es-toolkit@1.40.0", "pnpm 12", "Preact (10.7.2)": software has versions; features and
 * criteria do not.
 */
export const versionedName: NameRule = (label) => {
	const { head, bare, text } = label.name;
	const carries = (normalizeName(head) !== normalizeName(bare) && bare.trim() !== "") || (bracketedRelease(text) && head.trim() !== "");
	return carries ? { rule: "versioned-name", score: 1, reason: "carries a version" } : null;
};
