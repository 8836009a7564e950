// "std decode", "easyjson decode", "std encode", "easyjson encode": a table's
// labels that are every name crossed with every operation. The name is what
// the operations are run on; the operation is a scenario, not another thing.

/**
 * The name each label stands for when the labels form such a grid: each ends
 * with one of two or more last words in lower case (the operations), each used by two or more
 * labels, and what comes before it (the names) recurs with two or more of them,
 * no pair twice. Null when the labels are not such a grid.
 */
export function operationGrid(labels: readonly string[]): string[] | null {
	if (labels.length < 4) return null;
	const heads: string[] = [];
	const lasts: string[] = [];
	const pairs = new Set<string>();
	for (const label of labels) {
		const text = label.trim();
		const space = text.lastIndexOf(" ");
		if (space <= 0) return null;
		const head = text.slice(0, space).trim();
		const word = text.slice(space + 1);
		const last = word.toLowerCase();
		// An operation is a word in lower case ("decode"), not a version or a number ("Python 3",
		// "Python 3.11"), nor a capitalised product word: "Google Drive", "Google Photos",
		// "Amazon Drive" and "Amazon Photos" are four products, not two makers.
		if (!/^\p{Ll}+$/u.test(word)) return null;
		const pair = `${head.toLowerCase()}\u0000${last}`;
		if (pairs.has(pair)) return null;
		pairs.add(pair);
		heads.push(head);
		lasts.push(last);
	}
	const recurs = (list: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const item of list) counts.set(item.toLowerCase(), (counts.get(item.toLowerCase()) ?? 0) + 1);
		return counts.size >= 2 && [...counts.values()].every((n) => n >= 2);
	};
	return recurs(heads) && recurs(lasts) ? heads : null;
}
