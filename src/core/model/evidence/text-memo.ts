// What a note's texts read as, worked out once per text and note. Detection
// reads the same labels, headings, titles and cells many times over (a side,
// the other side, both passes, the subject column before it, the per-framework
// sections after it), and each reading asks the same questions: one memo per
// note serves all of them. Per note only, never across notes: a note read
// again is read from scratch.
import { type CellValue, readCell } from "../cell-value";
import { type LabelName, labelName, normalizeName } from "./names";

export class TextMemo {
	private readonly names = new Map<string, LabelName>();
	private readonly normal = new Map<string, string>();
	private readonly cells = new Map<string, CellValue>();
	private readonly worked = new Map<object, Map<unknown, unknown>>();

	/** `labelName(text)`: as written, without qualifier, without version. */
	labelName(text: string): LabelName {
		return remembered(this.names, text, labelName);
	}

	/** `normalizeName(text)`: the form names are compared in. */
	normalized(text: string): string {
		return remembered(this.normal, text, normalizeName);
	}

	/** `readCell(text)`: the one cell reader's reading of a cell. */
	readCell(text: string): CellValue {
		return remembered(this.cells, text, readCell);
	}

	/**
	 * What one rule works out per table, side or text of this note, kept under `rule`
	 * (a key of the rule's own). Dropped with the note: kept in WeakMaps keyed by table, it
	 * outlived the note until a full collection, and every minor one copied it again.
	 */
	workedOut<K, V>(rule: object): Map<K, V> {
		let found = this.worked.get(rule);
		if (found === undefined) {
			found = new Map();
			this.worked.set(rule, found);
		}
		return found as Map<K, V>;
	}
}

function remembered<V>(memo: Map<string, V>, text: string, read: (text: string) => V): V {
	let found = memo.get(text);
	if (found === undefined) {
		found = read(text);
		memo.set(text, found);
	}
	return found;
}
