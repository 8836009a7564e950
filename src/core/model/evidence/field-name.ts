// A label written as a field of a record in code: `maxRetries`, `timeoutMs`, `keepAlive`
// (lowerCamelCase: a word in lower case, then words each opened by a capital), or
// `weight_kg`, `rest_sec`, `created_at`, `user_id` (words in lower case joined by
// underscores, the last a short suffix of up to three letters, as units and a record's
// keys are written). Such a header names the fields of one record, not products: a
// table under `weight_kg | reps | rest_sec` compares nothing across (its rows may be
// the things). Only the writing is read, never a word. A product written in code style
// has other evidence (a link, the note's prose, a title, other tables: `lru-cache`,
// `node_redis`, `better-sqlite3`), which outweighs this; and the spellings products use
// stay apart: a one-letter head (`iPhone`, `jQuery`, `tRPC`), an acronym after the head
// (`macOS`, `gRPC`, `webOS`), a dash or a dot (`lru-cache`, `sql.js`), digits
// (`better_sqlite3`), a longer last part (`clap_derive`, `rust_xlsxwriter`). And a record's
// fields come several in one style: a label so written counts only beside another one.
import type { NoteContext } from "./context";
import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/** A head of two lower-case letters or more, then one part or more, each a capital and lower-case letters. */
const LOWER_CAMEL = /^\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u;

/** Lower-case words joined by underscores, the last of one to three letters. */
const SNAKE_FIELD = /^\p{Ll}+(?:_\p{Ll}+)*_\p{Ll}{1,3}$/u;

/** The key of the per-side answers in the note's memo. */
const FIELD_SIDES = {};

/**
 * Whether two labels of the side or more are written as fields: a record's fields come in
 * one code style, while a product so spelled stands alone among names (`pgAdmin` beside
 * DBeaver and DataGrip). Worked out once per side.
 */
function sideOfFields(side: readonly CellFacts[], note: NoteContext): boolean {
	const fieldSides = note.memo.workedOut<readonly CellFacts[], boolean>(FIELD_SIDES);
	let found = fieldSides.get(side);
	if (found === undefined) {
		let fields = 0;
		for (const cell of side) {
			const text = note.nameOf(cell.text, cell.code).name.bare.trim();
			if (LOWER_CAMEL.test(text) || SNAKE_FIELD.test(text)) fields++;
		}
		found = fields >= 2;
		fieldSides.set(side, found);
	}
	return found;
}

export const fieldName: NameRule = (label, note) => {
	if (label.cell.linked) return null;
	const text = label.name.bare.trim();
	if (!(LOWER_CAMEL.test(text) || SNAKE_FIELD.test(text)) || !sideOfFields(sideLabels(label.group, label.side), note)) return null;
	if (LOWER_CAMEL.test(text)) return { rule: "field-name", score: -1, reason: "written as a field in code (lowerCamelCase), not as a product is spelled" };
	if (SNAKE_FIELD.test(text)) return { rule: "field-name", score: -0.5, reason: "written as a field in code (snake_case with a short suffix such as a unit)" };
	return null;
};
