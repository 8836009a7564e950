// `npm run eval:fit [-- DIR ...]`: how well the detector's hand-set weights add its evidence up.
// Every table of the corpus (and of any folder of annotated documents named) is read through
// `framework-compare inspect --explain`; each side becomes the sum of each axis rule's scores
// and the mean of each name rule's scores over its counted names. A conditional logit (none,
// rows or columns) is then fitted with every weight pulled towards the hand-set one, and
// measured by five-fold cross-validation over documents against the detector's own calls.
// A rule the fit scales far from 1 is weighed wrongly for the documents at hand; a fit that
// does no better than the hand weights says the misses lie in the evidence, not its sum.
// A diagnostic, not part of the detector: nothing here changes a weight.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "framework-compare.mjs");
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(ROOT, "tests", "fixtures", "real")];
/** Kept in step with NOT_NAMES in src/core/model/detect-frameworks.ts: labels left out of a side's mean. */
const NOT_NAMES = new Set(["against-label", "image-label", "generic-label", "script-outlier", "user-excluded", "blank-label", "prose-column", "constant-name", "weight-column", "winner-line", "signed-line", "ratio-label", "ratio-column"]);
const AXES = ["none", "rows", "columns"];

function tablesOf(folder) {
	const notes = readdirSync(folder).filter((file) => file.endsWith(".md") && readdirSync(folder).includes(file.replace(/\.md$/, ".expected.json")));
	const read = JSON.parse(execFileSync("node", [CLI, "inspect", "--explain", "--vault", folder, ...notes.map((file) => join(folder, file))], { maxBuffer: 1 << 30 }).toString());
	return [read].flat().flatMap((note, i) => {
		const expected = JSON.parse(readFileSync(join(folder, notes[i].replace(/\.md$/, ".expected.json")), "utf8"));
		const want = new Map([...(expected.tables ?? []).map((t) => [`table ${t.line}`, t.axis]), ...(expected.charts ?? []).map((c) => [`chart ${c.line}`, c.axis])]);
		return note.explain
			.filter((group) => group.kind !== "output" && want.has(`${group.kind} ${group.line}`))
			.map((group) => ({ document: `${folder}/${notes[i]}`, want: want.get(`${group.kind} ${group.line}`), got: group.axis, rows: group.rows, columns: group.columns }));
	});
}

const features = new Map();
const feature = (key) => {
	if (!features.has(key)) features.set(key, features.size);
	return features.get(key);
};
feature("names");
feature("names below 0");

/** A side as the fit sees it: each axis rule's score summed, and each name rule's mean over the counted names. */
function sideOf(side) {
	const vector = new Map();
	const add = (key, value) => vector.set(feature(key), (vector.get(feature(key)) ?? 0) + value);
	let axis = 0;
	for (const e of side.evidence) {
		add(`axis ${e.rule}`, e.score);
		axis += e.score;
	}
	add("names", side.score - axis);
	add("names below 0", side.ownNames < 0 ? 1 : 0);
	const counted = side.names.filter((name) => !name.evidence.some((e) => NOT_NAMES.has(e.rule)));
	for (const name of counted) for (const e of name.evidence) add(`name ${e.rule}`, e.score / counted.length);
	return vector;
}

const tables = folders.flatMap(tablesOf).map((table) => ({ ...table, sides: [sideOf(table.rows), sideOf(table.columns)] }));
const size = features.size;
/** The hand-set weights as the fit starts from them: each axis score as it is, the names' mean as it is, a side of names below 0 barred. */
const hand = Float64Array.from({ length: size }, (_, i) => {
	const key = [...features.keys()][i];
	return key.startsWith("axis ") || key === "names" ? 1 : key === "names below 0" ? -5 : 0;
});
const dot = (w, vector) => {
	let total = 0;
	for (const [i, x] of vector) total += w[i] * x;
	return total;
};
const predict = (model, table) => {
	const logits = [model.threshold, dot(model.w, table.sides[0]), dot(model.w, table.sides[1])];
	return AXES[logits.indexOf(Math.max(...logits))];
};

/** Adam on the mean log-loss, every weight pulled towards its hand-set value by `pull`. */
function fit(train, pull, steps = 300) {
	const model = { w: Float64Array.from(hand), threshold: 1, scale: 2 };
	const params = size + 2;
	const m = new Float64Array(params);
	const v = new Float64Array(params);
	for (let t = 1; t <= steps; t++) {
		const g = new Float64Array(params);
		for (const table of train) {
			const raw = [model.threshold, dot(model.w, table.sides[0]), dot(model.w, table.sides[1])];
			const logits = raw.map((x) => x * model.scale);
			const top = Math.max(...logits);
			const e = logits.map((x) => Math.exp(x - top));
			const z = e[0] + e[1] + e[2];
			const y = AXES.indexOf(table.want);
			for (let c = 0; c < 3; c++) {
				const d = (e[c] / z - (c === y ? 1 : 0)) / train.length;
				g[size + 1] += d * raw[c];
				if (c === 0) g[size] += d * model.scale;
				else for (const [i, x] of table.sides[c - 1]) g[i] += d * model.scale * x;
			}
		}
		for (let i = 0; i < size; i++) g[i] += pull * (model.w[i] - hand[i]);
		for (let i = 0; i < params; i++) {
			m[i] = 0.9 * m[i] + 0.1 * g[i];
			v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
			const step = (0.05 * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8);
			if (i < size) model.w[i] -= step;
			else if (i === size) model.threshold -= step;
			else model.scale -= step;
		}
	}
	return model;
}

const share = (count) => `${((100 * count) / tables.length).toFixed(1)} %`;
console.log(`${tables.length} tables and charts of ${new Set(tables.map((t) => t.document)).size} documents, ${size} features`);
console.log(`the detector's own calls: ${share(tables.filter((t) => t.got === t.want).length)} of axes right`);
const documents = [...new Set(tables.map((t) => t.document))];
const PULL = 0.03;
let right = 0;
for (let fold = 0; fold < 5; fold++) {
	const held = new Set(documents.filter((_, i) => i % 5 === fold));
	const model = fit(tables.filter((t) => !held.has(t.document)), PULL);
	right += tables.filter((t) => held.has(t.document) && predict(model, t) === t.want).length;
}
console.log(`fitted weights, five-fold over documents: ${share(right)} of axes right`);
const model = fit(tables, PULL);
const keys = [...features.keys()];
const used = new Map();
for (const t of tables) for (const side of t.sides) for (const [i] of side) used.set(i, (used.get(i) ?? 0) + 1);
console.log("\nweights the fit moved most (hand -> fitted, sides that use it):");
keys
	.map((key, i) => ({ key, from: hand[i], to: model.w[i], used: used.get(i) ?? 0 }))
	.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
	.slice(0, 15)
	.forEach(({ key, from, to, used: n }) => console.log(`  ${key.padEnd(32)} ${from.toFixed(2)} -> ${to.toFixed(2)}  (${n})`));
