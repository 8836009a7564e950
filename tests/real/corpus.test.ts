// Every real document in tests/fixtures/real through `inspect`, scored against
// its human reading. The floors are the figures reached when they were set:
// a change to detection may raise them, never lower them unnoticed.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDocuments, formatCorpusScore } from "./corpus";
import { runCorpus } from "./run-corpus";

// Each run reads every document of the corpus: thirty seconds on a quiet machine, and a busy one has run past that.
const CORPUS_RUN = 180_000;

// Both tests read the same run: reading every document twice cost the suite a quarter of a minute.
let corpusRun: ReturnType<typeof runCorpus> | undefined;
const scoredCorpus = () => (corpusRun ??= runCorpus());

describe("detection on the real-document corpus", () => {
	it("has the documents the issue asks for, each with its source and licence", () => {
		const documents = corpusDocuments();
		expect(documents.length).toBeGreaterThanOrEqual(40);
		for (const { name, expected } of documents) {
			expect(expected.source.commit, name).toMatch(/^[0-9a-f]{40}$/);
			expect(expected.source.license, name).not.toBe("");
		}
		// SOURCES.md is written from the same files; --check fails (throws here) when it is stale.
		expect(() => execFileSync("node", [join(__dirname, "..", "..", "scripts", "corpus-sources.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
	});

	it("keeps its figures: exact documents, name precision and recall, axis accuracy", async () => {
		const score = await scoredCorpus();
		const summary = formatCorpusScore(score, false);
		// Set over 129 documents: 12 read before the detector ran on them joined the 117, and
		// the figures fell with them (tests/fixtures/real/ANNOTATING.md); the 117 kept theirs.
		// The review of issue 12's rules narrowed the blank-header rule, which costs
		// ko-gyoogle-agile-approaches (111 -> 110/129; ANNOTATING.md says why).
		// Set again over 141 documents: 12 more read before the detector ran on them, 6 exact
		// (116/141; the 129 keep 110). Rankings, bold heading rows and annotations in superscript read
		// bench-minification-benchmarks' twelve result tables (axes 94.8 -> 96.6 %); labels in sentence
		// case are phrases, not names (neg6-vault-pt-taoismo-tipologia exact: 117/141).
		// Three long-form benchmark documents (one row per library and case), 1 of 3 exact before;
		// the long-form rule reads all three (120/144).
		// Set again over 156 documents: 12 more read before the detector ran on them, 5 exact
		// (the 144 keep 120). A line of 1× is the baseline of a table of ratios
		// (better-sqlite3-readme exact). A name spelled out with its initials in brackets
		// is one thing with its initials elsewhere (technomadix-security-groups-vs-nacls exact: 127/156). Words the things share down a
		// category column (shared-values) read ko-gyoogle-agile-approaches' names (recall 0.947).
		// Set again over 159 documents: 3 more that compare nothing, read before the detector ran on
		// them, 1 exact (128/159, precision 0.898). A superscript after code annotates it, a command
		// line names its program, and lower-case Latin keys in a note in another script are no names:
		// 129/159, precision 0.923 (0.9226: the floor is 0.922), recall 0.948, axes 96.4 %. The 156 earlier documents keep 127
		// exact and rose to precision 0.943, recall 0.948 (their floors above were 0.941 and 0.947);
		// neg8-just-readme's settings table (`Name | Value | Default | Description`) is the new miss.
		// Set again over 161 documents: 5 more with names across the header, read before the
		// detector ran on them, 4 exact (131/161). The fifth, the Japanese system-design-primer
		// README, has a study plan by length across (`| | 短期間 | 中期間 | 長期間 |`), HTTP's methods
		// and a list of company blogs read as comparisons (precision 0.942 -> 0.922, axes 96.5 -> 96.2 %).
		// Set again over 160 documents: 4 more read before the detector ran on them, 2 exact (129/160,
		// recall 0.923). Things of a kind the note's title or a heading names, down the rows over
		// columns of their attributes (named-kind), read technomadix-cloud-providers and
		// step-cad-support-matrix (131/160, recall 0.950). A heading's run of an unspaced script
		// names a thing (`# 01 SelectionSort 选择排序`, heading-run): zh-note4yaoo-sort-algorithms (132/160).
		// One currency in brackets over two columns (`(monthly in SGD)`, `(SGD)`) is a measure of money
		// (currency-across): tih-landscape's companies down the rows (recall 0.961, axes 97.1 %).
		// The three branches together, 168 documents: 138 exact (82.1 %), precision 0.907, recall
		// 0.962, axes 96.7 %. Precision is lower than any branch's alone only because each branch's
		// new documents (neg8-just-readme's settings, ja-system-design-primer's study plan) join it.
		// Set again over 171 documents: 3 more read before the detector ran on them (two backup
		// benchmarks with lower-case tool names, a bill of materials), 1 exact: 139/171 (81.3 %),
		// precision 0.900 (the look-alike's ten parts and deajan-backup-bench's `Source` column and
		// `borg beta`), recall 0.962, axes 96.6 %. No rule changed.
		// Set again over 173 documents: a German plan table and a glossary look-alike read before the
		// detector ran on them, neither exact (139/173, 80.3 %, precision 0.899, recall 0.960, axes 95.2 %: 0.9519, the floor is 0.951).
		// A grid of marks with more criteria down than cells across read across (judged-across): the German
		// plan table is exact (140/173, 80.9 %, recall 0.962, axes 95.3 %); no other document moved.
		// A French parity page of one tool's two editions, read after them, exact (141/174, 81.0 %, precision 0.900, axes 95.4 %).
		// Set again over 174 documents: 3 more read before the detector ran on them (names that do
		// not look like names: tools in lower case across and inside hyperfine's commands, GPUs
		// across a Chinese spec table), 0 exact: 139/174 (79.9 %), precision 0.903, recall 0.956,
		// axes 95.9 %. No rule changed.
		// A benchmark's best of each line in bold marks its rivals (best-marked), a column beating the
		// marked best is none (no-rival), and `jq-1.8.1` is jq: bench-jaq-readme exact, 140/174
		// (80.5 %), precision 0.903, recall 0.958, axes 96.0 % (each a little under when not rounded: the floors round down).
		// Two more from an Obsidian vault read before the detector ran on them, 1 exact; an initialism
		// joined by a slash (`CSMA/CD`) is one name: both exact, 142/176 (80.7 %).
		// The three branches of this round together, 179 documents: 144 exact (80.4 %), precision
		// 0.902, recall 0.958, axes 94.8 % (each a little under when not rounded: the floors round down).
		// Set again over 187 documents: 8 vault notes read before the detector ran on them (Russian,
		// Chinese, Japanese, Korean, Spanish, Portuguese, English; two compare nothing), 2 exact:
		// 146/187 (78.1 %), precision 0.885, recall 0.953, axes 93.6 %; the 179 keep theirs. Case
		// read only in the note's own script (a Latin term in a Russian note is no phrase), a corner
		// heading the things down the rows heading them again (same-corner) and a bare initialism
		// after a dash kept in the name (`Standard - IA`): 148/187 (79.1 %), precision 0.883 (same-corner
		// reads five variants the reading folds into their model), recall 0.957, axes 94.1 %.
		// Set again over 186 documents: 7 more read before the detector ran on them (five tables that
		// compare nothing: key bindings, install commands per platform, a keyboard's parts, an editor's
		// settings, a firmware's applications and libraries; two awesome-list look-alikes that do), 3
		// exact: 147/186 (79.0 %), precision 0.883, recall 0.951, axes 94.2 %. Defaults written as code
		// (code-literals), counts in a word of each row's own (counted-items), code naming the note's
		// subject (subject-in-values), one column of titled links (reading-list), a row linking to a home
		// named as it is (row-home) and digits from zero under a header of their own: 152/186 (81.7 %),
		// precision 0.941, recall 0.960, axes 95.4 % (each a little under when not rounded: the floors round down).
		// Set again over 187 documents: 8 library-docs documents read before the detector ran on them,
		// 4 exact (148/187, precision 0.857, recall 0.954, axes 93.9 %: fmt's and mitata's misses cost
		// recall and axes; the 179 kept 144). A column of pictures is no column of words (ansis'
		// swatches), a plotter's framed bar plot is a chart in any fence (bench-micro-template-readme
		// exact), names built of one naming grammar are an API's members (neg8-ko-excelize-v2-release
		// exact) and a support list compares nothing (ansis-readme exact): 151/187 (80.7 %), precision
		// 0.904, recall 0.954, axes 94.5 % (each a little under when not rounded: the floors round down).
		// The three branches of this round together, 202 documents: 163 exact (80.7 %), precision 0.923,
		// recall 0.955, axes 94.4 % (each a little under when not rounded: the floors round down).
		// Set again over 229 documents: the two blind sets of this round whose licences allow copying (27 of
		// 36; ANNOTATING.md), read by helpers who never saw the detector or its code. They were held out
		// while the round's rules were built and none of those rules moved them: 15/27 exact at the start
		// of the round and at its end (precision 0.285 -> 0.297, recall 0.577, axes 58.1 -> 59.0 %).
		// 178/229 (77.7 %), precision 0.874, recall 0.938, axes 90.6 %.
		// Set again over 249 documents: the next round's two blind sets, 20 of their 36 documents (the rest
		// carry no licence or a copyleft one; ANNOTATING.md). No detection rule had changed when they were
		// measured, so at folding they measure the detector as it stood: 11/20 exact, precision 0.486, recall 0.843, axes 90.9 %.
		// 189/249 (75.9 %), precision 0.844, recall 0.934, axes 90.6 %. Then Pandoc citations come off values
		// and names (minitwit-system-report's two tables read) and a frontmatter list needs half its names in
		// the note's tables (ko-crux-ghostty-warp-analysis' topics no longer things): precision 0.847, recall
		// 0.937, axes 90.7 %.
		// Then minitwit's Go frameworks across (shared-values), hyperfine's find and fd, jql's four tables of
		// pipelines (command-names): 192/249 (77.1 %), precision 0.848, recall 0.941, axes 91.3 %.
		// Set again over 266 documents: 17 of the 36 of this round's two blind sets (the rest carry no licence
		// or a copyleft one; ANNOTATING.md), measured before folding with the round's three mends above and
		// also without them, alike both ways: 8/17 exact, precision 0.212, recall 0.604, axes 79.7 %.
		// 200/266 (75.2 %), precision 0.801, recall 0.931, axes 90.5 %. Then CSS custom properties as keys, the
		// reference mark ※, a side of one name comparing nothing, a margin of error before the unit, a vs heading
		// naming the labels that hold its parts, a status's title holding a tag, a glossary beside a column of
		// links: 206/266 (77.4 %), precision 0.840, recall 0.941, axes 90.9 %.
		// Set again over 284 documents: 18 of the 36 of the round's last two blind sets, measured at the round's
		// start and at this point alike: 10/18 exact, precision 0.306, recall 0.195, axes 61.8 % (ANNOTATING.md).
		// 216/284 (76.1 %), precision 0.819, recall 0.889, axes 89.3 %. Then paths, topics and routes as keys, a
		// frontmatter list named only by headings as an outline, one product's releases saying nothing of the
		// side, key chords as shortcuts: 219/284 (77.1 %), precision 0.865, recall 0.894, axes 91.2 %.
		// Set again over 320 documents: 36 of the next round's first four blind sets (ANNOTATING.md), folded in
		// after that round's first rules: 250/320 (78.1 %), precision 0.862, recall 0.902, axes 92.0 %.
		// Set again over 340 documents: 20 of the round's last two blind sets, which the round's rules did not
		// move (14/20 exact before and after them): 264/340 (77.6 %), precision 0.847, recall 0.900, axes 91.8 %.
		// Then a decision matrix's weights, an initialism run into a word (SQLite) as a brand's spelling,
		// termgraph's bars of ▇: 265/340 (77.9 %), precision 0.847, recall 0.901, axes 91.9 %.
		// Then a medal on one of two rows of a name, and the echoes of a sibling table weighed less: a
		// logistic fit of every rule's weight to the corpus scaled same-header by 0.29 and names-return
		// by 0.56; of the weights then tried, same-header 2 -> 1 and names-return 0.75 -> 0.25 did best,
		// and one weak call no longer spreads through tables of one header (fastjson2's twenty
		// tables of JDK builds are left alone rather than read the wrong way): 266/340 (78.2 %),
		// precision 0.865, recall 0.901, axes 92.3 %.
		// Set again over 364 documents: 24 of the 72 of the next round's four blind sets (ANNOTATING.md),
		// 15/24 exact at the round's start and 16/24 after its rules (an Arabic glossary, read after the
		// rule written from it): 282/364 (77.5 %), precision 0.849, recall 0.900, axes 92.3 %.
		// Set again over 407 documents: 43 of the 72 of the next round's four blind sets (ANNOTATING.md), 26/43
		// exact at the round's start and 31/43 after its rules (five of them read after the rules written from
		// them): 313/407 (76.9 %), precision 0.830, recall 0.901, axes 91.9 %. Precision falls with the new
		// negatives and the benchmark logs' echoes; on the 364 before them the round moved only precision (0.849 to 0.850).
		// Set again over 435 documents: 28 of the 72 of the next round's four blind sets (ANNOTATING.md), 15/28
		// exact at the round's start and 18/28 after its rules (each gain read after the rule written from it):
		// 331/435 (76.1 %), precision 0.823, recall 0.902, axes 93.1 %; on the 407 before them the round moved
		// recall (0.901 to 0.905) and axes (91.9 % to 92.9 %: share-of-other).
		// Then a description beside each row and nothing else as a list (reference-table): two middleware lists
		// left alone, a plugin list and a per-aspect table pair lost, 332/435, precision 0.835, recall 0.898.
		// Set again over 489 documents: 54 of the 108 of the next round's six blind sets (ANNOTATING.md), 34/54
		// exact at the round's start and 37/54 after its rules: 369/489 (75.5 %), precision 0.801, recall
		// 0.895, axes 91.7 %. A chart of one measure weighed as its rows' comparison was reverted on review (one
		// library's tasks drawn as bars read as things compared): en-smallmind-cpu-arch-bars' three charts are left
		// alone again, axes 91.5 %. The list reading of `Name | Description` was reverted on review too (a table of
		// results under the top-left cell of the options measured lost its reading): 368/489 (75.3 %), precision
		// 0.792, recall 0.899, axes 91.5 %.
		// Set again over 504 documents: 15 of the 36 of the next round's first two blind sets (ANNOTATING.md),
		// 3/15 exact at the round's start and 4/15 after its first rules (a client's options, read after the
		// rule written from it): 372/504 (73.8 %), precision 0.790, recall 0.883, axes 89.4 %.
		// Set again over 517 documents: 13 of the 36 of that round's two later blind sets (ANNOTATING.md), 8/13
		// exact blind and 10/13 after the rules written from them: 382/517 (73.9 %), precision 0.790, recall
		// 0.884, axes 89.6 %. Class names among a type column's types were reverted on review (a runtime column
		// of `node` and `Docker` read as types): 381/517 (73.7 %), precision 0.788.
		// Set again over 544 documents: 27 of the 72 of the next round's four blind sets (ANNOTATING.md), 18/27 exact
		// at the round's start and 19/27 after its rules (a bill of materials read by its count times its price):
		// 402/544 (73.9 %), precision 0.781, recall 0.888, axes 89.6 %.
		// Set again over 556 documents: 12 of the 36 of that round's last two blind sets (ANNOTATING.md), 10/12 exact
		// blind and after the rules written from them: 412/556 (74.1 %), precision 0.785, recall 0.887, axes 89.7 %.
		// Set again over 572 documents: 16 of the 36 of the next round's two blind sets (ANNOTATING.md), 9/16 exact
		// blind and after the rules written from them: 421/572 (73.6 %), precision 0.777, recall 0.883, axes 89.5 %.
		// A model's number in a title no word of a phrase, and ratio labels no names: 422/572 (73.8 %), precision
		// 0.783, recall 0.909, axes 89.5 %.
		// Set again over 586 documents: 14 of the 36 of that round's two later blind sets (ANNOTATING.md), 8/14 exact
		// blind and now: 430/586 (73.4 %), precision 0.778, recall 0.905, axes 89.4 %. Names cut short to fit a
		// narrow column (`Port.` for Portainer) were read and reverted on review (`Min.` and `Max.` read as names).
		// The mends of that review left the figures as they were.
		// Set again over 650 documents: 64 of the 72 of the next round's four blind sets (ANNOTATING.md; eight under
		// the GPL left out), 29/72 exact blind at the round's start, 31/64 after its rules: 462/650 (71.1 %), precision 0.750,
		// recall 0.881, axes 88.4 %. The mends of that round's review cost one (pt-docker-hardened-images-tiers: a
		// feature in sentence case keeps initialisms only, not capitalised words): 461/650 (70.9 %).
		// The next round's pooled type column (a reference split into a table per section) read
		// ru-neg-gravity-table-props as nothing: 462/650 (71.1 %), precision 0.753, recall 0.880, axes 88.6 %.
		// Set again over 686 documents: the 36 of that round's two blind sets (ANNOTATING.md), 12/18 and 5/18
		// exact blind, 13/18 and 5/18 after the rules written from them (one, reverted on review, won a sixth): 481/686 (70.1 %), precision 0.753,
		// recall 0.876, axes 88.1 % (each a little under when not rounded: the floors round down).
		// On review, measured-remarks was reverted (an API's rate limits beside notes read as compared:
		// ko-berepi-sysbench-machines missed again) and a pooled type column wants its types written as
		// code (neg-otel-messaging-attributes' small tables read as compared again): 480/686 (70.0 %),
		// precision 0.752, recall 0.873, axes 88.0 %.
		// Set again over 729 documents: the 43 of the next round's four blind sets (ANNOTATING.md), 21/43 exact
		// blind, 25/43 after the rules written from them (tool output read by block, by quoted name and without
		// hyperfine's statistics; bracketed ways of one thing kept apart when they are all a table compares), the
		// 686 before them unchanged at 480: 505/729 (69.3 %), precision 0.710, recall 0.872, axes 87.4 % (the
		// floors a thousandth under, as printed rounded). On review, ways in brackets are kept apart only when each
		// is written as a name (`(Rust)`, not `(cold start)`): zh-trekhleb-js-algorithms' `O(log N)` joins the other
		// orders of growth again (recall 0.871, its unrounded figure under the floor before).
		// Types read as a typed language writes them (`String`, `Slot / Function`, classes among them, small tables
		// read with their family) and signatures read as a class's keys: four references read as nothing
		// (zh-neg-tdesign-button-api, zh-neg-mand-mobile-chart-props, neg-otel-messaging-attributes,
		// zh-neg-rocketmq-producer-api): 509/729 (69.8 %), precision 0.721, recall 0.872, axes 89.0 %.
		// Corner words in eight more languages (`Aspekt`, `Funktion`, `機能`, `工具`): de-wails-architecture and
		// pt-docker-hardened-images-tiers exact, 511/729 (70.1 %), recall 0.873, axes 88.9 %.
		// Latin words counted as mentioned through a text of another script, and a side of a language's types
		// listed (type-labels): ja-react-refs-vs-state and ru-python-async exact, neg-ko-cs-study-java-types
		// still read as nothing: 513/729 (70.4 %), precision 0.723, recall 0.876, axes 89.1 %.
		// On review, a signature's parameter is a program's name after a type (`Message msg`), so `O(log N)` is no
		// signature again and zh-trekhleb-js-algorithms' orders of growth join as at the round's start: recall 0.875
		// (the floor a thousandth under).
		// Set again over 775 documents: 46 of the 48 of the next round's four blind sets (ANNOTATING.md), 20/48
		// exact blind, 26/48 after the rules written from them (25 of the 46 folded in), the 729 before them at 513:
		// 538/775 (69.4 %), precision 0.734, recall 0.877, axes 88.7 % (the floors a thousandth under).
		// A measure written beside each thing across the header read without it, and a column of ratios beside
		// measures no thing: ahash-faq exact, 539/775 (69.5 %), precision 0.735, recall 0.878, axes 88.7 %.
		// Set again over 794 documents: the 19 of the next round's two blind sets (ANNOTATING.md), 10/19 exact
		// blind at b0485ef and after this round's rules: 549/794 (69.1 %), precision 0.734, recall 0.876, axes 88.6 %.
		// On review, the measured reading wants more than a name's shape where the table is not read across already,
		// leaves rows named by their own evidence, and keeps a column of the same measure beside the measured ones:
		// ahash-faq's `aHash Fallback*` (its fallback, read as a thing) is kept again: 548/794 (69.0 %).
		// Set again over 818 documents: the 24 of the next round's two later blind sets (ANNOTATING.md), 4/12 and 4/12
		// exact blind, 5/12 and 4/12 after an owner's models kept apart (`deepvk/USER-bge-m3`) and a chip read
		// without its clock (`N100 @ 3.40GHz`): 557/818 (68.1 %), precision 0.734, recall 0.871, axes 88.3 %.
		// Set again over 856 documents: the 38 of the next round's four blind sets (ANNOTATING.md), 19/38 exact blind,
		// 21/38 after a bill's quantity column, a command's variables, a kind written beside each name across the
		// header, keys over a value column and a model's size tag; the 818 before them at 560 (neg-ja-popntop-build-guide
		// and both WSL config references now read as nothing): 581/856 (67.9 %), precision 0.723, recall 0.867, axes 88.5 %.
		// Set again over 895 documents: the 39 of the next round's four blind sets (ANNOTATING.md), 16/39 exact blind,
		// 20/39 after the rules written from them; the 856 before them at 581: 601/895 (67.2 %), precision 0.716,
		// recall 0.858, axes 87.9 %.
		// A list of linked names each with one sentence is a directory (described-links): both xinference
		// community lists and fiber's middleware lists are read as nothing, and vault-programs-obsidian's plugin
		// list (the same shape, read by its reader as compared) is lost: 603/895 (67.4 %), precision 0.721,
		// recall 0.856 (the recall floor comes down by that list's nine plugins), axes 88.0 %.
		// A word cut short with a dot is an abbreviation, not a sentence, and the one name the note compares that
		// keeps its letters in order (`Port. | Casa. | Dkge.`): en-notes-homelab-orchestration exact, 604/895 (67.5 %),
		// precision 0.721, recall 0.856, axes 88.1 %.
		// Set again over 905 documents: 10 of the 14 of the next round's two blind sets (ANNOTATING.md), 7/14 exact
		// blind and after; the 895 before them at 604: 608/905 (67.2 %), precision 0.719, recall 0.857, axes 87.9 %.
		// The next blind set's 8 (ANNOTATING.md), 5/8 exact blind and after: 613/913 (67.1 %), precision 0.720,
		// recall 0.857, axes 87.9 %.
		// A colon parts a heading's lead-in or subtitle from the names it sets against each other
		// (ru-vault-cross-platform-strategy's verdict table is no longer read across), and labels that each add the
		// kind they share to a part of the heading (`asdf Plugins` under `## asdf vs vfox`) are named as the heading
		// names them, unless a heading writes one whole (docmd-search-plugin's `Semantic Search | Keyword Search`): 613/913,
		// precision 0.720, recall 0.857, axes 88.0 %. A number after a label's colon and one space, before the bar
		// (`JetStreamProto: 1,200 Мбит/с ████`), reads ru-jetstream-protocol-comparison-charts's first chart; a number on
		// the bars' axis with no bar (`duckdb   | 0.0`) is a bar of no length: bench-mizu-vectorize-drivers exact,
		// 614/913 (67.3 %), precision 0.720, recall 0.857, axes 88.0 %.
		// A label's script is its name's, a gloss in brackets aside (`NVIDIA (英伟达)` among Latin names):
		// zh-xfblog-ai-chip-companies exact, 615/913 (67.4 %), precision 0.722, recall 0.858, axes 88.1 %.
		// Set again over 919 documents: the 6 of the next blind set (ANNOTATING.md), 3/6 exact blind and after, among them
		// bench-llm-hardware-readme, whose reader lists each of 58 machines with its card in brackets (`Pi CM5 - 16GB (Nvidia
		// RTX 4090)`) where the detector names the machine: 618/919 (67.2 %), precision 0.718, recall 0.848, axes 88.0 %.
		// Readers split on that shape (ANNOTATING.md, how far two readers agree), so the recall floor comes down with it.
		// The template-placeholder reading was taken out on review (a comparison of template languages is written in
		// placeholders too): chart-zh-ecommerce-price-template's wrong toolbar is back, precision 0.717.
		expect(score.exact / score.documents, summary).toBeGreaterThanOrEqual(0.672);
		expect(score.precision, summary).toBeGreaterThanOrEqual(0.717);
		expect(score.recall, summary).toBeGreaterThanOrEqual(0.847);
		expect(score.axisAccuracy, summary).toBeGreaterThanOrEqual(0.878);
	}, CORPUS_RUN);

	it("gives no framework to a document whose tables compare nothing", async () => {
		const score = await scoredCorpus();
		const negatives = corpusDocuments().filter((d) => d.expected.frameworks.length === 0);
		expect(negatives.length).toBeGreaterThanOrEqual(15);
		const wrong = negatives.flatMap((d) => {
			const found = score.scores.find((s) => s.name === d.name)?.found ?? [];
			return found.length === 0 ? [] : [`${d.name}: ${found.join(", ")}`];
		});
		// One negative is still read as a comparison: containerd-releases, by its component status list (its
		// platform matrix is now known as keys of a hierarchy). neg2-tasks-status-types' statuses are known as constants.
		// One of the negatives read before the detector ran on them is read as a comparison too (ANNOTATING.md):
		// neg6-zoxide-readme's install tables. Of the 12 after them, two: neg7-better-sqlite3-api's
		// conversion table (SQLite | JavaScript) and neg7-vault-en-forgetful-cli-cheat-sheet's permission digits.
		// Of the 3 after them, one: neg8-just-readme's settings table (identifiers in code, each the
		// subject of a heading, over columns of types and defaults alike down each column).
		// The bill of materials added next (neg-macropad-bill-of-materials) was read as a comparison before
		// any rule changed: its parts down the rows under `Item`, each with a brand and a part number.
		// So was the glossary added after it (neg9-de-onetimesecret-glossary): languages across, read as equivalents.
		// Of the two vault notes read after them that compare nothing, one: neg10-vault-zh-wngwai-mysql-data-types,
		// MySQL's column types in capitals down five tables (a reference of one system's types).
		// The macropad's bill (counted-items), just's settings (code-literals), zoxide's install tables
		// (subject-in-values) and the forgetful cheat sheet's permission digits are now read as nothing;
		// zoxide's third-party integrations still are not. Of the 5 negatives added next, two are read as
		// comparisons: neg10-droidcontrolship-readme (the firmware's own applications, the libraries it
		// uses) and neg10-rustup-linting (install commands and a sysroot matrix per Linux distribution).
		// With the vault notes' MySQL types reference, 7 in all.
		// Of the two library-docs negatives, neg8-ko-excelize-v2-release's table of API changes was read as a
		// comparison before api-members; ja-alova-readme never was.
		// Of the 10 negatives of the two blind sets folded in next, three: neg-fr-excelize-installation (versions
		// of one library, `v2.11.0 ~ master`), neg-ossu-curriculum (courses and their durations) and
		// neg-streambit-readme-bom (a bill of materials without counts in words).
		// Of the 7 negatives of the next two blind sets, three: neg-de-adobe-veroeffentlichungseinstellungen
		// (a settings reference's presets, `W1 | W2 | M1`), neg-ja-express-middleware (middleware modules
		// listed with their old names) and neg-ko-react-translate-glossary (English terms down the rows).
		// Of the 7 negatives of the next two blind sets, three: neg-micro-default-keys (an editor's key bindings,
		// ten tables of one header), neg-zh-vant-button-api (a component's CSS variables) and
		// neg-ollama-gpu-support (the GPU targets one release supports).
		// neg-zh-vant-button-api (identifier-shape) and neg-ko-react-translate-glossary (script-contrast) are
		// now read as nothing. Of the 9 negatives of the round's last two blind sets, three: neg-de-hermes-mqtt-topics
		// (MQTT topics down the rows), neg-ja-popntop-build-guide (a keyboard kit's parts) and
		// neg-zh-aicloud-hardware-inventory (two boards in an inventory).
		// neg-de-hermes-mqtt-topics (identifier-shape, and its sections list an outline) and neg-micro-default-keys
		// (key chords) are now read as nothing: 15.
		// Of the 12 negatives of the next round's first four blind sets, one: neg-fr-nsi-sql-cours (SQL's keywords
		// and statement patterns down two tables, each explained once): 16.
		// Of the 8 of the round's last two blind sets, two: neg-pt-vite-guide-templates (Vite's templates by
		// language, `vanilla`, `vue`, `react` down the rows) and neg-ru-fiber-readme-middleware (Fiber's
		// middleware packages, `Name | Description`): 18.
		// The echoes of sibling tables weighed less, neg-fr-nsi-sql-cours is read as nothing, and
		// neg-eslint-unicorn-readme's rules by language is read across (CSS, HTML, JSON, Markdown). Of the 10
		// negatives of the next round's four blind sets, two: neg-en-cargo-thanku-dependencies (a crate's
		// dependencies and their versions) and neg-zh-hw75-firmware-download-matrix (firmware files by
		// format, `BIN | HEX | UF2`): 20. Of the 19 documents of the next round's four blind sets that compare
		// nothing (15 of them `neg-`, four that compare only in prose), four: neg-htmlparser2-readme (the packages
		// its benchmark names, listed down the rows with their links), neg-pino-lts-schedule (operating systems
		// beside their CI labels), neg-pt-pyfolds-foldio-benchmarks (scenarios of one module's benchmark, echoed
		// between its tables) and neg-uk-react-translation-glossary (the sites a glossary links to): 24.
		// Of the 13 of the next round's four blind sets, four: neg-en-dock-docs-readme (the tools a README
		// installs, `Tool | Purpose | Install`), ja-neg-aup2-format-notes (a file format's keys),
		// ko-neg-airmcp-cli-reference (the clients a CLI supports, with their IDs) and
		// neg-zh-obsidian-sr-algorithm-status (a plugin's scheduling algorithms on its roadmap): 28.
		// A description beside each row and nothing else is a list (reference-table): neg-ja-express-middleware and
		// neg-ru-fiber-readme-middleware are read as nothing: 26. Of the 24 of the next round's six blind sets that
		// compare nothing, five: en-fastify-lts-schedule (CI labels of operating systems), en-neg-yarn-outdated-report
		// (packages by update kind), es-uni-notes-study-plan-neg (course codes), ko-goctl-rpc-changelog (protobuf
		// types before and after a change) and pt-efcore-database-providers (database providers' packages): 31.
		// The list reading was reverted on review, and the two middleware lists are read as compared again: 33.
		// Of the 3 of the next round's first two blind sets that compare nothing, one: zh-neg-rocketmq-producer-api
		// (a class's reference: its constructors' signatures, then each method's parameters, table after table): 34.
		// Of the 4 of the round's two later blind sets that compare nothing, one: zh-neg-mand-mobile-chart-props
		// (a chart component's props, whose types mix `number` with `Array` and `Function`): 35.
		// Of the 14 of the next round's four blind sets that compare nothing, two: ru-neg-gravity-table-props and
		// zh-neg-tdesign-button-api (components' props, their types and defaults down the rows); and
		// neg-streambit-readme-bom is read as nothing, its totals its counts times its prices (line-total): 36.
		// Of the 8 of that round's last two blind sets that compare nothing, none is read with names.
		// Of the 7 of the next round's two blind sets that compare nothing, one: neg-stm32-pinouts (a board's pins
		// down the rows, each with its number and its connector's name): 37. Of the 5 of that round's later two,
		// one: neg-fastest-validator-readme (a coverage report's files, `validator.js`, down the rows): 38.
		// Of the 16 of the next round's four blind sets that compare nothing, six: neg-fly-regions-list (region codes
		// with a ✓ column), neg-fr-wsl-config (config keys), neg-frigate-ffmpeg-presets (preset names),
		// neg-otel-messaging-attributes (attribute keys, table after table of one to five), neg-pt-powershell-
		// support-lifecycle (platforms and releases by support dates) and zh-sogou-workflow-benchmark-prose (a test
		// machine's parts): 44. The pooled type column reads ru-neg-gravity-table-props as nothing: 43.
		// Of the 10 of the next round's two blind sets that compare nothing, four: bench-tree-shaking-bundlers-console
		// (a bundler benchmark's console listing, `rollup/lodash-es 18.1kb`, read as tool output; its reader
		// counts no chart in a fence of plain text), neg-distributed-llama-readme (a model download menu, each
		// model with its size and quantisation), neg-es-wsl-config (WSL's config keys, as in French) and
		// neg-libretro-fmsx-core (an emulator's BIOS files and their checksums): 47.
		// Of the 12 of the next round's four blind sets that compare nothing, four: bench-tengine-boards (a
		// benchmark tool's per-board dumps, whose reader counts nothing in plain text), neg-ja-gitlab-ai-model-
		// services-team (a team page's boards and milestones), neg-zh-llmdev-guide-readme (a list of test models)
		// and neg-zh-ncnn-glsl-extension (shader types mapped to build macros): 51.
		// Types read as a typed language writes them, and signatures as a class's keys: the props of
		// zh-neg-tdesign-button-api and zh-neg-mand-mobile-chart-props, the attributes of neg-otel-messaging-attributes
		// and the constructors and parameters of zh-neg-rocketmq-producer-api are read as nothing: 47.
		// Of the 11 of the next round's four blind sets that compare nothing, two: neg-ja-http-basics-reference (HTTP's
		// methods down the rows, each with its meaning) and neg-ko-rpi-pin-mappings (a board's signals and their pins): 49.
		// Of the 5 of the next round's two blind sets that compare nothing, one: neg-ja-helix-keyboard-usage (a
		// keyboard's layers by priority, and its keys): 50.
		// The 4 of the two sets after them that compare nothing are read so: 50.
		// A bill's quantity column reads neg-ja-popntop-build-guide as nothing, and keys over a value column both WSL
		// config references: 47. Of the 9 of the next round's four blind sets that compare nothing, two:
		// neg-de-evcc-sponsoring-blog (a gallery of stickers, its senders' handles across) and neg-es-canales-youtube
		// (a directory of channels, each linked, with its language): 49. Of the 9 of the next round's four blind sets
		// that compare nothing, two: neg-es-mouredev-roadmap-retos (a course's exercises, linked, down the rows) and
		// neg-fr-firestore-role-rules (an app's roles and what each may do, five tables of one header): 51.
		// A directory of linked names each with a sentence (described-links) reads neg-ru-fiber-readme-middleware as
		// nothing: 50. Of the 6 of the next round's two blind sets that compare nothing, two: neg-fr-essensys-roles (an
		// app's roles across a permission grid) and neg-turingpi-hpl-bench (one cluster at two clocks): 52.
		// The 2 of the next blind set that compare nothing are read so: 52. Of the 4 of the set after it, two:
		// neg-nanodet-eval-metrics (COCO's metrics of one model, `IoU | Average Precision` across) and
		// neg-ru-ulog-benchmarks (one library's log methods timed in its two modes): 54.
		expect(wrong.length, wrong.join("\n")).toBeLessThanOrEqual(54);
	}, CORPUS_RUN);
});
