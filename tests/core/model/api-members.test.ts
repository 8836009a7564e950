// Names built of the same parts by one naming grammar are the members of a
// programming interface, not products. Made-up notes written for the rule, read
// through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rulesOf = (text: string, label: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT)
		.explanation.flatMap((group) => [...group.rows.names, ...group.columns.names])
		.filter((name) => name.label === label)
		.flatMap((name) => name.evidence.map((e) => e.rule));

describe("members of one programming interface are no things compared", () => {
	const changes = lines(
		"# Release 3.0",
		"",
		"API changes since 2.4:",
		"",
		"| Function | Returns an error | Renamed | Removed | Added |",
		"| --- | --- | --- | --- | --- |",
		"| SetCellStyle | ✓ | ✗ | ✗ | ✗ |",
		"| GetCellStyle | ✓ | ✗ | ✗ | ✗ |",
		"| SetRowHeight | ✓ | ✓ | ✗ | ✗ |",
		"| GetRowHeight | ✓ | ✓ | ✗ | ✗ |",
		"| InsertRow | ✓ | ✓ | ✗ | ✗ |",
		"| RemoveRow | ✓ | ✓ | ✗ | ✗ |",
		"| SetColWidth | ✗ | ✗ | ✗ | ✓ |",
		"| GetColWidth | ✗ | ✗ | ✗ | ✓ |",
		"| addDrawingChart | ✗ | ✗ | ✓ | ✗ |",
		"| addDrawingShape | ✗ | ✗ | ✓ | ✗ |",
		"| SetCellValue | ✓ | ✗ | ✗ | ✗ |",
		"| GetCellValue | ✓ | ✗ | ✗ | ✗ |",
		"| SetSheetRow | ✓ | ✗ | ✗ | ✗ |",
		"| SetRowVisible | ✓ | ✓ | ✗ | ✗ |",
		"| GetRowVisible | ✓ | ✓ | ✗ | ✗ |",
		"| SetColVisible | ✓ | ✗ | ✗ | ✗ |",
		"| SetCellFormula | ✓ | ✗ | ✗ | ✗ |",
		"| GetCellFormula | ✓ | ✗ | ✗ | ✗ |",
		"| SetCellHyperLink | ✓ | ✗ | ✗ | ✗ |",
		"| GetCellHyperLink | ✓ | ✗ | ✗ | ✗ |",
		"| SetSheetVisible | ✓ | ✗ | ✗ | ✗ |",
		"| GetSheetVisible | ✓ | ✗ | ✗ | ✗ |",
		"| SetPanes | ✓ | ✗ | ✗ | ✗ |",
		"| GetPanes | ✓ | ✗ | ✗ | ✗ |",
		"| SetSheetPrOptions | ✓ | ✗ | ✗ | ✗ |",
		"| GetSheetPrOptions | ✓ | ✗ | ✗ | ✗ |",
		"| SetPageMargins | ✓ | ✗ | ✗ | ✗ |",
		"| GetPageMargins | ✓ | ✗ | ✗ | ✗ |",
		"| SetDocProps | ✓ | ✗ | ✗ | ✗ |",
		"| GetDocProps | ✓ | ✗ | ✗ | ✗ |",
	);

	it("leaves a table of API changes alone: functions crossed with kinds of change", () => {
		const model = note(changes);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
		expect(rulesOf(changes, "SetRowHeight")).toContain("api-member");
	});

	it("keeps products that share a part, each with a part of its own", () => {
		const ides = lines(
			"# JetBrains IDEs",
			"",
			"| IDE | Language | Price | Free tier |",
			"| --- | --- | --- | --- |",
			"| IntelliJ | Java | $169 | yes |",
			"| PyCharm | Python | $99 | yes |",
			"| WebStorm | JavaScript | $69 | no |",
			"| PhpStorm | PHP | $99 | no |",
			"| RubyMine | Ruby | $99 | no |",
			"| GoLand | Go | $99 | no |",
			"| DataGrip | SQL | $99 | no |",
		);
		expect(rulesOf(ides, "WebStorm")).not.toContain("api-member");
		expect(note(ides).tables[0]?.frameworkAxis).toBe("rows");
		const git = lines(
			"| Client | Platform | Price |",
			"| --- | --- | --- |",
			"| GitKraken | all | $60 |",
			"| GitHub Desktop | macOS, Windows | free |",
			"| GitUp | macOS | free |",
			"| SourceTree | macOS, Windows | free |",
			"| GitExtensions | Windows | free |",
			"| SmartGit | all | $59 |",
		);
		expect(rulesOf(git, "GitKraken")).not.toContain("api-member");
	});

	it("keeps the classes of one library set against each other, though their names share parts", () => {
		const collections = lines(
			"# Java collections",
			"",
			"| Class | Ordered | Sorted | Thread-safe | Null keys |",
			"| --- | --- | --- | --- | --- |",
			"| ArrayList | ✓ | ✗ | ✗ | ✓ |",
			"| LinkedList | ✓ | ✗ | ✗ | ✓ |",
			"| ArrayDeque | ✓ | ✗ | ✗ | ✗ |",
			"| HashMap | ✗ | ✗ | ✗ | ✓ |",
			"| TreeMap | ✓ | ✓ | ✗ | ✗ |",
			"| HashSet | ✗ | ✗ | ✗ | ✓ |",
			"| TreeSet | ✓ | ✓ | ✗ | ✗ |",
			"| LinkedHashMap | ✓ | ✗ | ✗ | ✓ |",
			"| LinkedHashSet | ✓ | ✗ | ✗ | ✓ |",
			"| ConcurrentHashMap | ✗ | ✗ | ✓ | ✗ |",
			"| CopyOnWriteArrayList | ✓ | ✗ | ✓ | ✓ |",
			"| PriorityQueue | ✗ | ✓ | ✗ | ✗ |",
			"| ConcurrentLinkedQueue | ✓ | ✗ | ✓ | ✗ |",
			"| LinkedBlockingQueue | ✓ | ✗ | ✓ | ✗ |",
			"| ConcurrentSkipListMap | ✓ | ✓ | ✓ | ✗ |",
			"| ConcurrentSkipListSet | ✓ | ✓ | ✓ | ✗ |",
			"| WeakHashMap | ✗ | ✗ | ✗ | ✓ |",
			"| IdentityHashMap | ✗ | ✗ | ✗ | ✓ |",
			"| EnumMap | ✓ | ✓ | ✗ | ✗ |",
			"| PriorityBlockingQueue | ✗ | ✓ | ✓ | ✗ |",
		);
		// Twenty classes, as a study note's overview of a framework's collections runs.
		expect(rulesOf(collections, "HashMap")).not.toContain("api-member");
	});

	it("says nothing of a few such names: two methods set side by side are compared", () => {
		const two = lines(
			"| | SetCellValue | SetCellStr |",
			"| --- | --- | --- |",
			"| Converts numbers | yes | no |",
			"| Escapes formulas | no | yes |",
			"| Speed | 1.2 µs | 0.8 µs |",
		);
		expect(rulesOf(two, "SetCellValue")).not.toContain("api-member");
	});
});
