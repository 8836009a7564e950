// A version tells software from features and criteria (./versioned-name.ts): "Electron 15.3.0"
// beside "Tauri 1.0.0" are two programs, each at a release. Where every label of a side writes
// the same name with a different version (`Obsidian 1.4 | Obsidian 1.5`), the version tells
// only that program's releases apart. Such releases are as often the targets a grid is checked
// against (a plugin's support of each Obsidian release, an app's of each Windows release) as
// the things compared, and the labels cannot say which: the version is no evidence of either.
// So this rule takes back what the version gave. A note whose title or alias names that program
// ("Python releases", "Node 18 bis 22") is about its releases, and there they stay compared.
// Read from the labels' shape and the title's words alone, in any language.
import { type CellFacts, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { NameRule } from "./rule";

/** The key of the per-side answer in the note's memo. */
const SIDES = {};

/** Whether the side's labels, two at least, are one name written with different versions. */
function oneProduct(side: readonly CellFacts[], note: NoteContext): boolean {
	const program = releasesOf(side, note);
	return program !== null && !titleNames(program, note);
}

/**
 * The program whose releases the side's labels are, two at least, each the same name with a
 * different version, whatever the title says (`Windows 10 | Windows 11`); null when they are not.
 */
export function releasesOf(side: readonly CellFacts[], note: NoteContext): string | null {
	const memo = note.memo.workedOut<readonly CellFacts[], string | null>(SIDES);
	let found = memo.get(side);
	if (found === undefined) {
		const names = new Set<string>();
		const versions = new Set<string>();
		let count = 0;
		for (const cell of side) {
			if (cell.text.trim() === "") continue;
			const { name } = note.nameOf(cell.text, cell.code);
			const bare = note.memo.normalized(name.bare);
			const head = note.memo.normalized(name.head);
			// A label without a version breaks the run: `Obsidian 1.5 | Logseq` are two programs.
			if (bare === "" || bare === head) {
				names.add("");
				names.add(head);
				break;
			}
			names.add(bare);
			versions.add(head);
			count++;
		}
		const [program] = names;
		found = count >= 2 && names.size === 1 && versions.size === count && program !== undefined ? program : null;
		memo.set(side, found);
	}
	return found;
}

/** Whether a word of the note's title, file name or aliases, or a run of them, is the program's name. */
function titleNames(program: string, note: NoteContext): boolean {
	return note.facts.subjects.some((subject) => {
		const words = subject.split(" ").filter((word) => word !== "");
		for (let start = 0; start < words.length; start++) {
			for (let end = start + 1; end <= words.length && end - start <= 4; end++) {
				if (note.memo.normalized(words.slice(start, end).join(" ")) === program) return true;
			}
		}
		return false;
	});
}

export const releasesOfOne: NameRule = (label, note) => {
	const { head, bare } = label.name;
	if (note.memo.normalized(head) === note.memo.normalized(bare)) return null;
	return oneProduct(sideLabels(label.group, label.side), note)
		? { rule: "releases-of-one", score: -1, reason: `releases of one program side by side: the version tells them apart, not a program from a feature` }
		: null;
};
