// Frontmatter lists of short names under any key (`tools:`, `databases:`,
// `protocols:`): candidates for what the note compares. Whether one really is
// depends on the note bearing it out (evidence/context.ts), not on its key.

/** Keys Obsidian and common plugins use for other things. */
const OTHER_KEYS = new Set(["aliases", "alias", "tags", "tag", "frameworks", "framework-compare", "cssclasses", "cssclass", "publish", "permalink"]);
const WIKILINK = /^\[\[([^\]|#]{1,200})(?:[#|][^\]]{0,200})?\]\]$/;

export function frontmatterLists(properties: Record<string, unknown>): { key: string; items: string[] }[] {
	const lists: { key: string; items: string[] }[] = [];
	for (const [key, value] of Object.entries(properties)) {
		if (OTHER_KEYS.has(key.toLowerCase()) || !Array.isArray(value)) continue;
		const items = (value as unknown[])
			.filter((item): item is string | number => typeof item === "string" || typeof item === "number")
			.map((item) => {
				const text = String(item).trim();
				return WIKILINK.exec(text)?.[1]?.trim() ?? text;
			})
			.filter((item) => item !== "" && item.length <= 60);
		if (items.length >= 2) lists.push({ key, items: [...new Set(items)] });
	}
	return lists;
}
