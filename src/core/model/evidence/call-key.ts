// A label written as the way a program is called is a key of its reference, never a
// thing compared: a command-line option (`--help`, `--from`, `-o`, `--uv-*`,
// `--config=<file>`) heads a row of an option list, an HTTP method and a path
// (`GET /api/plan`, `POST /api/approve`) a row of an endpoint list, a signature
// (`send(Message msg, long timeout)`) a row of a class's methods. Products are
// not written so, in any language; the options list's other columns (an alias, a
// type, a default) repeat their values as a comparison's do, so the writing of the
// label is what tells the two apart. Over measures (`| Build | Time (s) | Size (MB) |`,
// or cells of `12.1 s` under `| Program | -O0 | -O2 |`) the options are builds a
// benchmark runs, and the rule says nothing.
import type { NoteContext } from "./context";
import { type GroupFacts, sideLabels } from "./facts";
import { namesMeasures } from "./measures-across";
import type { NameRule } from "./rule";
import { countFilled } from "./filled-cells";
import { isTypeWord } from "./type-words";

/** `--help`, `-o`, `--uv-*`, `--config=<file>`, `--depth <n>`: dashes and a word, and what it takes. */
const OPTION = /^--?\p{L}[\p{L}\p{N}_*-]{0,40}(?:[ =][^\s].{0,40})?$/u;

/** `GET /api/plan`, `DELETE /users/{id}`: a method in capitals and a path. */
const ENDPOINT = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,200}/;

/** A method's or a function's name as it opens a signature: `createTopic(`, `DefaultMQProducer(`, `os.path.join(`. */
const CALLED = /^[\p{L}_$][\p{L}\p{N}_$.]{0,80}\(/u;

/** A parameter's name: a small letter first, as programs name them (`producerGroup`, `msg`, `timeout`). */
const PARAMETER_NAME = /^[\p{Ll}_$][\p{L}\p{N}_$]{0,60}$/u;
/** A declared type: a class's name, capital first (`String`, `List<Foo>`, `Map<K,V>`), perhaps an array. */
const CLASS_TYPE = /^\p{Lu}[\p{L}\p{N}_$.<>[\]]{0,60}$/u;

/**
 * Whether a parameter is declared with its type: `final String producerGroup`, `Message msg`, `int
 * queueNum`, `List<Foo> items`, `timeout: number`. `Vuex(Options API)`, `Next.js(App Router)` and
 * `Vite(dev server)` qualify a product in words: no name of a program's, or no type before it.
 */
function isTypedParameter(parameter: string): boolean {
	const colon = parameter.indexOf(":");
	if (colon > 0) return PARAMETER_NAME.test(parameter.slice(0, colon).replace(/\?$/, "").trim()) && parameter.slice(colon + 1).trim() !== "";
	const words = parameter.split(" ").filter((word) => word !== "");
	if (words.length < 2 || words.length > 4) return false;
	const type = words[words.length - 2] as string;
	return PARAMETER_NAME.test(words[words.length - 1] as string) && (CLASS_TYPE.test(type) || isTypeWord(type));
}

/**
 * Whether the label is a signature: a name, then parameters in one pair of brackets that close the label,
 * one of them at least declared with its type (`(final String producerGroup)`, `(key: string)`) and none a
 * value. A reference lists a class's constructors and methods so; a call with its arguments (`fib(30)`,
 * `Hybrid(4,HardSpi)`) is a case a benchmark runs, and `map()` alone says nothing.
 */
function isSignature(text: string): boolean {
	const opening = CALLED.exec(text);
	if (opening === null || !text.endsWith(")")) return false;
	const inside = text.slice(opening[0].length, -1);
	if (inside.length > 300 || inside.includes("(") || inside.includes(")")) return false;
	const parameters = inside.split(",").map((parameter) => parameter.trim());
	return parameters.some(isTypedParameter) && parameters.every((parameter) => parameter === "" || /^[\p{L}_$]/u.test(parameter));
}

export const callKey: NameRule = (label, note) => {
	const text = label.cell.text.trim();
	const option = OPTION.test(text);
	const signature = !option && isSignature(text);
	if (!option && !signature && !ENDPOINT.test(text)) return null;
	if (namesMeasures(sideLabels(label.group, label.side === "rows" ? "columns" : "rows"), note) || cellsMeasured(label.group, note)) return null;
	if (option) return { rule: "call-key", score: -2, reason: "a command-line option: a key of a reference, not a thing compared" };
	// Heavier than an option: a class's methods open with the class's name, which the headings and the note's
	// mentions credit to each row as a thing's.
	if (signature) return { rule: "call-key", score: -3, reason: "a method's signature: a key of a reference, not a thing compared" };
	return { rule: "call-key", score: -2, reason: "an HTTP method and a path: an endpoint, a key of a reference" };
};

/** The key of each table's answer in the note's memo: asked once per option label. */
const MEASURED_CELLS = {};

/** Whether most filled value cells write a number with a unit (`12.1 s`, `3.1 MB`): a benchmark's, not a reference's. */
function cellsMeasured(group: GroupFacts, note: NoteContext): boolean {
	const memo = note.memo.workedOut<GroupFacts, boolean>(MEASURED_CELLS);
	let measured = memo.get(group);
	if (measured === undefined) {
		const { filled, counted: withUnit } = countFilled(group, note, (value) => (value.kind === "number" && value.unit !== null) || value.kind === "percent");
		measured = withUnit * 2 > filled;
		memo.set(group, measured);
	}
	return measured;
}
