// A label written as the way a program is called is a key of its reference, never a
// thing compared: a command-line option (`--help`, `--from`, `-o`, `--uv-*`,
// `--config=<file>`) heads a row of an option list, an HTTP method and a path
// (`GET /api/plan`, `POST /api/approve`) a row of an endpoint list. Products are
// not written so, in any language; the options list's other columns (an alias, a
// type, a default) repeat their values as a comparison's do, so the writing of the
// label is what tells the two apart. Over measures (`| Build | Time (s) | Size (MB) |`)
// the options are builds a benchmark runs, and the rule says nothing.
import { sideLabels } from "./facts";
import { namesMeasures } from "./measures-across";
import type { NameRule } from "./rule";

/** `--help`, `-o`, `--uv-*`, `--config=<file>`, `--depth <n>`: dashes and a word, and what it takes. */
const OPTION = /^--?\p{L}[\p{L}\p{N}_*-]{0,40}(?:[ =][^\s].{0,40})?$/u;

/** `GET /api/plan`, `DELETE /users/{id}`: a method in capitals and a path. */
const ENDPOINT = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,200}/;

export const callKey: NameRule = (label, note) => {
	const text = label.cell.text.trim();
	const option = OPTION.test(text);
	if (!option && !ENDPOINT.test(text)) return null;
	if (namesMeasures(sideLabels(label.group, label.side === "rows" ? "columns" : "rows"), note)) return null;
	if (option) return { rule: "call-key", score: -2, reason: "a command-line option: a key of a reference, not a thing compared" };
	return { rule: "call-key", score: -2, reason: "an HTTP method and a path: an endpoint, a key of a reference" };
};
