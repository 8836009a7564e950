// The text a reader sees in a cell (src/core/model/inline-text.ts): a logo beside the name it shows
// is read once, the name; a picture alone is read by its text. Through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a logo beside its name", () => {
	it("names two distributions across a header of logos and names, over statements in Chinese", () => {
		const model = note(
			lines(
				"# CentOS 与 Ubuntu：哪个更适合做服务器？",
				"",
				"CentOS 基于 Red Hat，Ubuntu 基于 Debian。下面比较 CentOS 和 Ubuntu。",
				"",
				"| ![CentOS](https://example.com/centos-logo.png) CentOS | ![Ubuntu](https://example.com/ubuntu-logo.png) Ubuntu |",
				"| --- | --- |",
				"| 基于 Red Hat Linux Enterprise | 基于 Debian |",
				"| 更新频度较少 | 经常更新 |",
				"| 支持 cPanel | 不支持 cPanel |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["CentOS", "Ubuntu"]);
	});

	it("reads a logo alone by its text, and a logo beside another name by both", () => {
		const model = note(
			lines(
				"# Editors",
				"",
				"| Editor | Written in | License |",
				"| --- | --- | --- |",
				"| ![Neovim](https://example.com/nvim.png) | Lua, C | Apache-2.0 |",
				"| ![logo](https://example.com/helix.png) Helix | Rust | MPL-2.0 |",
				"| [[Zed]] | Rust | GPL-3.0 |",
			),
		);
		expect(model.tables[0]?.rows.map((row) => row[0])).toEqual(["Neovim", "logo Helix", "Zed"]);
	});
});
