// A label that is a file's name (src/core/model/evidence/file-label.ts): `vnv.jpg`, `talk.mp3`, an
// input a table was run on or a file it lists, never a thing compared. Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a file's name is no thing compared (file-label)", () => {
	it("gives an OCR's results per photo no toolbar", () => {
		const text = lines(
			"# Plate reader",
			"",
			"## Sample results",
			"",
			"| Source | Detected text | Confidence |",
			"|---|---|---|",
			"| front.jpg | HR26DK8337 | 0.885 ✅ |",
			"| double.png | MH12 AB 1234 | 0.633 |",
			"| night.jpeg | KA 02 MP 9657 | 0.289 |",
			"| blurred.webp | DL 3C 1 | 0.125 ❌ |",
		);
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves names with a dot that are no files alone, and file names among a row's values", () => {
		const text = lines(
			"# Chart libraries",
			"",
			"| Library | Bundle | Example |",
			"|---|---|---|",
			"| Chart.js | 64 KB | bar.png |",
			"| D3.js | 90 KB | tree.svg |",
			"| ECharts | 320 KB | map.png |",
		);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Chart.js", "D3.js", "ECharts"]);
	});
});
