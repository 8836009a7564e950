import type { NameRule } from "./rule";

/** `tools:`, `databases:`, `protocols:` ...: a frontmatter list the note's tables bear out. */
export const frontmatterList: NameRule = (label, note) => {
	for (const key of label.keys) {
		const list = note.listed.get(key);
		if (list !== undefined) return { rule: "frontmatter-list", score: 3, reason: `listed under \`${list}:\` in the frontmatter` };
	}
	return null;
};
