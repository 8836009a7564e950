// "std decode", "easyjson decode", "std encode", "easyjson encode": a table's
// labels that are every name crossed with every operation. The name is what
// the operations are run on; the operation is a scenario, not another thing.
// The operation may be a few words ("Vite startup time", "Vite Root HMR time")
// or a hyphened word ("bun vm-fast", "bun eval-fast").

/** The longest operation read, in words: a label is read from its end, so a long label costs no more than its last words. */
const MOST_WORDS = 4;
/** A word in lower case, hyphens inside allowed ("decode", "cold-start"). */
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** A word with a digit: a version or a number ("3", "3.11", "v2"), never part of an operation. */
const DIGIT = /\d/;

interface Split {
	head: string;
	operation: string;
}

/**
 * The ways to cut one label into a name and an operation of one to four last
 * words, shortest operation first. An operation holds a word in lower case and
 * no digit: "Python 3" and "Python 3.11" are versions, and "Google Drive",
 * "Google Photos", "Amazon Drive", "Amazon Photos" are four products, not two
 * makers.
 */
function splitsOf(label: string): Split[] {
	const words = label.trim().split(" ").filter((word) => word !== "");
	const splits: Split[] = [];
	let lower = false;
	for (let size = 1; size <= MOST_WORDS && size < words.length; size++) {
		const word = words[words.length - size] as string;
		if (DIGIT.test(word)) break;
		if (LOWER_WORD.test(word)) lower = true;
		if (!lower) continue;
		splits.push({ head: words.slice(0, words.length - size).join(" "), operation: words.slice(words.length - size).join(" ") });
	}
	return splits;
}

/**
 * The name each label stands for when the labels form such a grid: each ends
 * with one of two or more operations, each used by two or more labels, and
 * what comes before it (the names) recurs with two or more of them, no pair
 * twice. A label is cut where both its parts recur among the other labels' cuts,
 * at its shortest such operation. Null when the labels are not such a grid.
 */
export function operationGrid(labels: readonly string[]): string[] | null {
	if (labels.length < 4) return null;
	const all = labels.map(splitsOf);
	if (all.some((splits) => splits.length === 0)) return null;
	// How many labels each cut's name and operation appear in.
	const headLabels = new Map<string, number>();
	const operationLabels = new Map<string, number>();
	for (const splits of all) {
		for (const key of new Set(splits.map((split) => split.head.toLowerCase()))) headLabels.set(key, (headLabels.get(key) ?? 0) + 1);
		for (const key of new Set(splits.map((split) => split.operation.toLowerCase()))) operationLabels.set(key, (operationLabels.get(key) ?? 0) + 1);
	}
	const heads: string[] = [];
	const operations: string[] = [];
	const pairs = new Set<string>();
	for (const splits of all) {
		const cut = splits.find((split) => (headLabels.get(split.head.toLowerCase()) ?? 0) >= 2 && (operationLabels.get(split.operation.toLowerCase()) ?? 0) >= 2);
		if (cut === undefined) return null;
		const pair = `${cut.head.toLowerCase()}\u0000${cut.operation.toLowerCase()}`;
		if (pairs.has(pair)) return null;
		pairs.add(pair);
		heads.push(cut.head);
		operations.push(cut.operation);
	}
	const recurs = (list: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const item of list) counts.set(item.toLowerCase(), (counts.get(item.toLowerCase()) ?? 0) + 1);
		return counts.size >= 2 && [...counts.values()].every((n) => n >= 2);
	};
	return recurs(heads) && recurs(operations) ? heads : null;
}
