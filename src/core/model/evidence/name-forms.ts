// The forms of a name, worked out once per text and note. Detection reads the
// same labels, headings and titles many times over (a side, the other side,
// both passes, the per-framework sections after it), and each reading asks
// for the same forms: one memo per note serves all of them. Per note only,
// never across notes: a note read again is read from scratch.
import { type LabelName, labelName, normalizeName } from "./names";

export class NameForms {
	private readonly names = new Map<string, LabelName>();
	private readonly normal = new Map<string, string>();

	/** `labelName(text)`: as written, without qualifier, without version. */
	labelName(text: string): LabelName {
		let found = this.names.get(text);
		if (found === undefined) {
			found = labelName(text);
			this.names.set(text, found);
		}
		return found;
	}

	/** `normalizeName(text)`: the form names are compared in. */
	normalized(text: string): string {
		let found = this.normal.get(text);
		if (found === undefined) {
			found = normalizeName(text);
			this.normal.set(text, found);
		}
		return found;
	}
}
