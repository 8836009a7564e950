// A web address written out as a label (`https://nextui.org`) says where a thing is, not its name
// (src/core/model/evidence/identifier-shape.ts). Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const addresses = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		group.rows.names.filter((n) => n.evidence.some((e) => e.rule === "identifier-shape" && e.score === -2)).map((n) => n.label),
	);

describe("a web address as a label", () => {
	it("gives no toolbar to a list of sources by address", () => {
		const text = lines(
			"# 参考URLをリスト",
			"",
			"| URL | File Name | Description |",
			"| --- | --- | --- |",
			"| https://www.radix-ui.com | Radix UI | アクセシビリティを優先したコンポーネントライブラリ |",
			"| https://nextui.org | NextUI | 完全なReact UIライブラリです。 |",
			"| <https://github.com/chakra-ui/chakra-ui> | Chakra UI GitHub Repository | 公式GitHubリポジトリです。 |",
			"| www.mui.com | MUI | Material UI の公式サイト |",
		);
		expect(addresses(text)).toHaveLength(4);
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves names linked to their sites alone", () => {
		const text = lines("# UI kits", "", "| Kit | Stars | Licence |", "|---|---|---|", "| [Radix UI](https://www.radix-ui.com) | 15k | MIT |", "| [NextUI](https://nextui.org) | 21k | MIT |", "| [MUI](https://mui.com) | 93k | MIT |");
		expect(addresses(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["Radix UI", "NextUI", "MUI"]);
	});
});
