// Writes tests/fixtures/hostile/: notes made to break the plugin, one kind of
// attack or malformation per note, so a failure names what broke. The notes
// are committed; this script says how each came about and rewrites them all
// (`node scripts/hostile-corpus.mjs`). A vault is untrusted input: every note
// here must render with no script run, no handler or `javascript:` URL in the
// page, the command line must print JSON for it in under a second, and the
// reading view must stay usable.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "tests", "fixtures", "hostile");

/** Script and handler payloads, each setting `window.__pwned` if it ever runs. */
const PAYLOADS = [
	"<script>window.__pwned='script'</script>",
	'<img src=x onerror="window.__pwned=\'img\'">',
	"<svg onload=window.__pwned='svg'><circle r=1></svg>",
	"<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
	"<details open ontoggle=window.__pwned='details'>x</details>",
	'<a href="javascript:window.__pwned=\'a\'">click</a>',
	"javascript:window.__pwned='bare'",
	"JaVaScRiPt:window.__pwned='case'",
	"&#106;avascript:window.__pwned='entity'",
	'" onmouseover="window.__pwned=\'attr\'" x="',
	"'><script>window.__pwned='quote'</script>",
	"<style>*{display:none}</style>",
	"<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned='mxss'>",
	"{{constructor.constructor('window.__pwned=1')()}}",
	"${window.__pwned='template'}",
];
const P = (i) => PAYLOADS[i % PAYLOADS.length];
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const yamlString = (text) => JSON.stringify(text);

function table(header, rows) {
	return [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
}

/** A box-drawing chart; every cell is written whole, the grid widened to the longest. */
function boxChart(title, columns, rows) {
	const cells = [["Hardware", ...columns], ...rows].map((row) => row.map(String));
	const width = Math.max(14, ...cells.flat().map((text) => text.length + 2));
	const pad = (text) => ` ${text.padEnd(width - 2)} `;
	const line = (l, m, r) => l + Array.from({ length: columns.length + 1 }, () => "─".repeat(width)).join(m) + r;
	const [header, ...body] = cells;
	return ["```", title, line("┌", "┬", "┐"), "│" + header.map(pad).join("│") + "│", line("├", "┼", "┤"), ...body.map((row) => "│" + row.map(pad).join("│") + "│"), line("└", "┴", "┘"), "```"].join("\n");
}

/** A chart whose cells are written out whole, however long: the grid is the attack. */
function rawBoxChart(title, header, rows) {
	const row = (cells) => "│ " + cells.join(" │ ") + " │";
	return ["```", title, "┌──────┬──────┐", row(header), "├──────┼──────┤", ...rows.map(row), "└──────┴──────┘", "```"].join("\n");
}

const SEED_TABLE = table(
	["Feature", "JAX", "PyTorch", "TensorFlow"],
	[
		["Autodiff", "grad", "autograd", "GradientTape"],
		["Compilation", "XLA", "TorchScript", "XLA"],
	],
);
const front = (lines) => ["---", ...lines, "---", ""].join("\n");

const notes = new Map();
const add = (name, text) => {
	if (notes.has(name)) throw new Error(`two notes named ${name}`);
	notes.set(name, text);
};

// 1. Payloads in every place a note's text reaches the page.
PAYLOADS.forEach((payload, i) => {
	add(`payload-${String(i + 1).padStart(2, "0")}-cells.md`, [
		`# JAX vs PyTorch vs TensorFlow`,
		"",
		table(["Feature", "JAX", "PyTorch", "TensorFlow"], [
			["Speed", payload, "fast", "ok"],
			[payload, "1", "2", "3"],
		]),
		"",
		table(["Framework", "Stars", "License"], [
			["JAX", "30k", payload],
			["PyTorch", "80k", "BSD"],
			["TensorFlow", "180k", "Apache-2.0"],
		]),
		"",
	].join("\n"));
});
PAYLOADS.forEach((payload, i) => {
	add(`payload-${String(i + 1).padStart(2, "0")}-header-and-links.md`, [
		front([`aliases: [${yamlString(payload)}, "JAX Comparison"]`, `title: ${yamlString(payload)}`, `tags: [${yamlString(payload)}]`]),
		`# ${payload}`,
		"",
		`[[${payload}]] [[JAX|${payload}]] [${payload}](${payload}) [x](javascript:window.__pwned='md') ![[${payload}]] <${payload}>`,
		"",
		table(["Feature", `JAX ${payload}`, "PyTorch", "TensorFlow"], [
			["Speed", "1", "2", "3"],
			["Memory", "4", "5", "6"],
		]),
		"",
		`> [!note] ${payload}`,
		`> ${payload}`,
		"",
	].join("\n"));
});
add("payload-frameworks-frontmatter.md", [
	front([`frameworks: [${PAYLOADS.slice(0, 6).map(yamlString).join(", ")}]`]),
	table(["Feature", ...PAYLOADS.slice(0, 6)], [["Speed", "1", "2", "3", "4", "5", "6"]]),
	"",
].join("\n"));
add("payload-chart-labels.md", [
	"# Throughput",
	"",
	boxChart(`Speed ${P(1)} (higher is better)`, [P(0), P(1), P(2)], [[P(3), 1, 2, 3], [P(4), 4, 5, 6]]),
	"",
	"```",
	`Throughput ${P(5)}`,
	`${P(1)}   ████████▌ 390`,
	`${P(2)}   ████ 200`,
	"```",
	"",
].join("\n"));
add("payload-comparison-chart-fence.md", [
	"```comparison-chart",
	`Speed ${P(0)}`,
	"┌──────┬──────┐",
	`│ HW   │ ${P(1)} │`,
	"├──────┼──────┤",
	`│ ${P(2)} │ 12 │`,
	"└──────┴──────┘",
	"```",
	"",
].join("\n"));
add("payload-sections-and-code.md", [
	"# JAX vs PyTorch",
	"",
	"## Strengths",
	"",
	`### JAX ${P(0)}`,
	P(1),
	"",
	`### PyTorch`,
	P(4),
	"",
	`**JAX** ${P(2)}:`,
	"```python",
	P(0),
	"```",
	"",
	"**PyTorch**:",
	"```python",
	"</code><script>window.__pwned='code'</script>",
	"```",
	"",
].join("\n"));

// 2. Names shaped like object keys and CSS selectors.
const TRICKY_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", 'a"]', "*", "#id", ".class", '[data-framework="JAX"]', "\\", "</style>", "a\\\"b", "', '", "null", "undefined", "NaN", "0", "-1"];
for (let i = 0; i < TRICKY_NAMES.length; i += 5) {
	const names = TRICKY_NAMES.slice(i, i + 5);
	add(`names-${i / 5 + 1}-keys-and-selectors.md`, [
		front([`frameworks: [${names.map(yamlString).join(", ")}]`, `aliases: [${names.map(yamlString).join(", ")}]`]),
		`# ${names.join(" vs ")}`,
		"",
		table(["Feature", ...names], [["Speed", ...names.map((_, j) => String(j + 1))], ["Memory", ...names.map((_, j) => String(j * 2))]]),
		"",
		table(["Framework", "Stars"], names.map((name, j) => [name, `${j}k`])),
		"",
		boxChart("Speed (higher is better)", names, [["GPU", 1, 2, 3, 4, 5]]),
		"",
	].join("\n"));
}
add("names-prototype-rows-inferred.md", [
	"# Object keys",
	"",
	table(["Library", "Stars", "License"], [["__proto__", "1k", "MIT"], ["constructor", "2k", "MIT"], ["hasOwnProperty", "3k", "BSD"], ["toString", "4k", "MIT"]]),
	"",
].join("\n"));
add("names-zero-width-and-bidi.md", [
	"# JAX vs PyTorch vs TensorFlow",
	"",
	SEED_TABLE,
	"",
	table(["Feature", "JA\u200bX", "Py\u2066Torch\u2069", "\u202ewolFrosneT", "\u200b"], [["Speed", "1", "2", "3", "4"]]),
	"",
].join("\n"));
add("names-empty-bold-and-blank.md", table(["Framework", "Speed", "License"], [["** **", "1", "MIT"], ["", "2", "MIT"], ["JAX", "3", "Apache-2.0"], ["PyTorch", "4", "BSD"], ["__", "5", "x"]]) + "\n");
add("names-duplicate-headers.md", table(["Feature", "JAX", "JAX", "jax", "JAX "], [["Speed", "1", "2", "3", "4"]]) + "\n");

// 3. Spreadsheet formulas, also behind invisible and full-width characters.
const FORMULAS = ["=SUM(1,2)", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "\u200b=SUM(1)", "\ufeff=1", "＝SUM(1)", "＋1", "－1", "＠SUM(1)", " =1", "\u00a0=1"];
for (let i = 0; i < FORMULAS.length; i += 4) {
	const chunk = FORMULAS.slice(i, i + 4);
	add(`csv-formulas-${i / 4 + 1}.md`, [
		"# JAX vs PyTorch",
		"",
		table(["Feature", "JAX", "PyTorch"], chunk.map((formula) => [formula, formula, formula])),
		"",
		table(["Framework", "Notes"], [["JAX", chunk[0]], ["PyTorch", chunk[1]], [chunk[2], chunk[3]]]),
		"",
	].join("\n"));
}

// 4. Frontmatter broken in every way YAML can be.
const YAML = {
	"unclosed": "---\naliases: [JAX]\n# no closing fence\n",
	"unclosed-flow": "---\naliases: [JAX, PyTorch\n---\n",
	"unclosed-map": "---\nframeworks: {JAX: 1\n---\n",
	"unterminated-quote": "---\ntitle: \"JAX\n---\n",
	"tabs": "---\naliases:\n\t- JAX\n---\n",
	"bad-indent": "---\naliases:\n  - JAX\n - PyTorch\n---\n",
	"duplicate-keys": "---\naliases: [A]\naliases: [B]\n---\n",
	"undefined-alias": "---\naliases: *nothing\n---\n",
	"alias-bomb": "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\naliases: *f\n---\n",
	"deep-nesting": `---\nframeworks: ${"[".repeat(2000)}${"]".repeat(2000)}\n---\n`,
	"custom-tags": "---\naliases: !!js/function 'function(){window.__pwned=1}'\ntitle: !!binary aGVsbG8=\nframeworks: !custom [JAX]\n---\n",
	"non-string-keys": "---\n? [a, b]\n: c\n1: one\ntrue: yes\nnull: x\n---\n",
	"wrong-types": "---\naliases: {nested: [deep]}\nframeworks: 42\ntags: true\nframework-compare: maybe\n---\n",
	"frameworks-with-empties": "---\nframeworks: [\"\", JAX, null, {x: 1}, PyTorch, [], \"   \"]\n---\n",
	"scalar-document": "---\njust a string\n---\n",
	"list-document": "---\n- a\n- b\n---\n",
	"bom-crlf": "\ufeff---\r\naliases: [JAX]\r\n---\r\n",
	"only-fences": "---\n---\n",
	"three-fences": "---\naliases: [A]\n---\n---\nframeworks: [B]\n---\n",
	"not-at-start": "\n---\naliases: [A]\n---\n",
	"huge-alias-list": `---\naliases:\n${Array.from({ length: 3000 }, (_, i) => `  - Alias ${i} ${P(i)}`).join("\n")}\n---\n`,
	"broken-many-times": `---\naliases: [${"} ".repeat(5000)}]\n---\n`,
	"control-characters": "---\ntitle: \"\\u0000\\u0007\\u001b[31m\"\naliases: [\"\\u0000\"]\n---\n",
};
for (const [name, yaml] of Object.entries(YAML)) add(`yaml-${name}.md`, `${yaml}\n# JAX vs PyTorch vs TensorFlow\n\n${SEED_TABLE}\n`);

// 5. Tables: ragged, huge, nested and degenerate.
add("tables-ragged.md", ["| Feature | JAX | PyTorch | TensorFlow |", "|---|---|---|---|", "| Speed | 1 |", "| Memory | 1 | 2 | 3 | 4 | 5 | 6 |", "| | | | |", "|Only one|", ""].join("\n"));
add("tables-header-only.md", ["| Feature | JAX | PyTorch |", "|---|---|---|", ""].join("\n"));
add("tables-no-leading-pipes.md", ["Feature | JAX | PyTorch", "---|---|---", "Speed | 1 | 2", "Memory | 3", ""].join("\n"));
add("tables-nested-containers.md", ["- | Framework | Stars |", "  |---|---|", "  | JAX | 1 |", "", "> | Framework | Stars |", "> |---|---|", "> | PyTorch | 2 |", "", "> [!note]", "> > - | Feature | JAX | PyTorch |", "> >   |---|---|---|", "> >   | Speed | 1 | 2 |", "", "1. > | a | b |", "   > |---|---|", "   > | c | d |", ""].join("\n"));
add("tables-escaped-pipes-and-code.md", ["| Feature | `a|b` | JAX \\| PyTorch | x\\\\|y |", "|---|---|---|---|", "| `|` | \\| | `\\|` | 1 |", ""].join("\n"));
add("tables-html.md", ["<table><tr><th onclick=\"window.__pwned='th'\">Framework</th></tr><tr><td>JAX</td></tr></table>", "", SEED_TABLE, ""].join("\n"));
add("tables-lone-cr.md", `# A\rB\r\n${SEED_TABLE.replace(/\n/g, "\r\n")}\r\n`);
add("tables-many-columns.md", table(["Feature", ...Array.from({ length: 300 }, (_, i) => `Framework ${i}`)], [["Speed", ...Array.from({ length: 300 }, (_, i) => String(i))]]) + "\n");
add("tables-many-rows.md", table(["Framework", "Stars", "License", "Speed"], Array.from({ length: 3000 }, (_, i) => [`lib-${i}`, `${i}k`, i % 2 ? "MIT" : "BSD", `${i} ms`])) + "\n");
add("tables-many-tables.md", Array.from({ length: 200 }, (_, i) => `## Table ${i}\n\n${table(["Feature", "JAX", "PyTorch"], [[`Row ${i}`, String(i), String(i * 2)]])}\n`).join("\n"));
add("tables-huge-cell.md", table(["Feature", "JAX", "PyTorch"], [["Speed", "x".repeat(50_000), "y"]]) + "\n");
add("tables-separator-variants.md", ["| a | b |", "|:-:|--:|", "| 1 | 2 |", "", "|a|b|", "|-|-", "|1|2|", "", "| a |", "| - |", "| 1 |", ""].join("\n"));
add("tables-identical-labels.md", table(["Framework", "Framework", "Framework"], [["Framework", "Framework", "Framework"], ["JAX", "JAX", "JAX"]]) + "\n");
add("tables-emoji-and-badges.md", table(["Feature", "JAX ⭐", "PyTorch 🔥", "TensorFlow ![badge](x.svg)"], [["Speed", "✅", "❌", "⚠️"], ["Docs", ":heavy_check_mark:", ":x:", "⭐⭐⭐"]]) + "\n");

// 6. Numbers at the ends of what a double holds.
const HUGE = "17" + "0".repeat(307);
add("numbers-near-max-double.md", boxChart("Throughput (higher is better)", ["JAX", "PyTorch", "TensorFlow"], [["GPU", HUGE, "1", "2"], ["TPU", "3", HUGE, "N/A"]]) + "\n");
add("numbers-overflow.md", boxChart("Throughput", ["JAX", "PyTorch", "TensorFlow"], [["GPU", "1" + "0".repeat(400), "1", "2"], ["TPU", "Infinity", "NaN", "-Infinity"]]) + "\n");
add("numbers-negative.md", boxChart("Change (higher is better)", ["JAX", "PyTorch", "TensorFlow"], [["GPU", "-12", "5", "-0.5"], ["TPU", "-1e300", "1e300", "0"]]) + "\n");
add("numbers-tiny.md", boxChart("Error rate (lower is better)", ["JAX", "PyTorch", "TensorFlow"], [["GPU", "5e-323", "0.0000000001", "1e-300"], ["TPU", "0.000000000000001", "2", "0"]]) + "\n");
add("numbers-many-digits.md", table(["Framework", "Score", "Time"], [["JAX", "9".repeat(5000), "1,2,3,4,5,6,7"], ["PyTorch", "0." + "0".repeat(5000) + "1", "1.2.3.4"], ["TensorFlow", "1e999999", "-0"]]) + "\n");
add("numbers-units-and-suffixes.md", table(["Framework", "Speed", "Memory", "Share"], [["JAX", "12m", "90k", "1e6%"], ["PyTorch", "1.5e3 ms", "1,000,000 GB", "-5%"], ["TensorFlow", "∞", "—", "TBD"]]) + "\n");
add("numbers-wide-bar.md", ["```", "Throughput (higher is better)", `JAX      ${"█".repeat(20_000)} 390`, `PyTorch  ${"▓".repeat(10)}${"░".repeat(20_000)} 200`, `TensorFlow ▌ 1${"0".repeat(300)}`, "```", ""].join("\n"));
add("numbers-huge-chart.md", boxChart("Throughput", Array.from({ length: 40 }, (_, i) => `F${i}`), Array.from({ length: 300 }, (_, r) => [`HW ${r}`, ...Array.from({ length: 40 }, (_, c) => String((r * 40 + c) % 997))])) + "\n");
add("numbers-broken-grid.md", ["```", "┌──────┬──────┐", "│ HW │ JAX │ PyTorch │", "├──────┼", "│ GPU │ 1 │", "│ TPU │ x │ y │ z │ w │", "└──", "```", "", "```", "┌┬┐", "├┼┤", "└┴┘", "```", ""].join("\n"));

// 7. Pathological runs for the patterns and scanners in src/ (and markdown-it's).
/** The length at which the issue saw quadratic patterns cost seconds. */
const RUN = 30_000;
const runs = {
	"spaces": " ",
	"tabs": "\t",
	"nbsp": "\u00a0",
	"zero-width": "\u200b",
	"open-brackets": "[",
	"double-brackets": "[[",
	"close-brackets": "]",
	"backticks": "`",
	"pipes": "|",
	"stars": "*",
	"underscores": "_",
	"backslashes": "\\",
	"angles": "<",
	"parens": "(",
	"hashes": "#",
	"dashes": "-",
	"box-lines": "─",
	"box-verticals": "│",
	"blocks": "█",
	"vs": "vs ",
	"commas": ",",
	"digits-and-dots": "1.",
	"emoji": "🔥",
	"combining": "e\u0301",
	"lone-cr": "\r",
};
for (const [name, piece] of Object.entries(runs)) {
	// The full run where the issue measured it (a title, an alias, a row label, a chart cell); a shorter one elsewhere.
	const run = piece.repeat(Math.ceil(RUN / piece.length));
	const short = piece.repeat(Math.ceil(2000 / piece.length));
	add(`runs-${name}.md`, [
		front([`title: ${yamlString(`JAX${run}vs PyTorch`)}`, `aliases: [${yamlString(`A${short}B`)}]`]),
		`# JAX${short} vs PyTorch${short}`,
		"",
		`[[JAX${short}|x${short}]] and [y${short}](z${short}.md)`,
		"",
		table(["Feature", `JAX${short}`, "PyTorch"], [[`Speed${run}`, `1${short}2 ms`, short], ["Memory", "1", "2"]]),
		"",
		rawBoxChart(`Speed${short}(higher${short}is${short}better)`, ["HW", `JAX${short}`], [[`GPU${short}`, `12${run}ms`]]),
		"",
		"```",
		`Throughput${short}`,
		`JAX ${short} ████ 390${short}`,
		"```",
		"",
		"```txt",
		`${short}JAX x 1,234 ops/sec ±0.83%${short}`,
		"```",
		"",
	].join("\n"));
}
add("runs-nested-emphasis.md", `${"*_".repeat(15_000)}JAX${"_*".repeat(15_000)}\n\n${SEED_TABLE}\n`);
add("runs-nested-quotes.md", `${"> ".repeat(3000)}| a | b |\n${"> ".repeat(3000)}|---|---|\n\n${SEED_TABLE}\n`);
add("runs-nested-lists.md", `${Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- JAX ${i}`).join("\n")}\n\n${SEED_TABLE}\n`);
add("runs-long-line-of-links.md", `${Array.from({ length: 5000 }, (_, i) => `[[Note ${i}#H${i}^b|t]]`).join(" ")}\n\n${SEED_TABLE}\n`);
add("runs-heading-of-links.md", `# ${Array.from({ length: 3000 }, (_, i) => `[[N${i}]] vs`).join(" ")}\n\n${SEED_TABLE}\n`);

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const [name, text] of [...notes].sort(([a], [b]) => a.localeCompare(b))) writeFileSync(join(folder, name), text);
console.log(`wrote ${notes.size} notes to ${folder} (${readdirSync(folder).length} files)`);
