import { normalizeName } from "./names";
import type { NameRule } from "./rule";

/** "Electron 15.3.0", "es-toolkit@1.40.0", "pnpm 12": software has versions; features and criteria do not. */
export const versionedName: NameRule = (label) => {
	const { head, bare } = label.name;
	if (normalizeName(head) === normalizeName(bare) || bare.trim() === "") return null;
	return { rule: "versioned-name", score: 1, reason: "carries a version" };
};
