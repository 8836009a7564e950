// `HTTP/2`, `HTTP/1.1`, `SMB/3.1`: a name, then its version after one slash, is how protocols
// write their releases, not a platform's key (`linux/amd64`, `windows/arm64`), so the path rule
// leaves it for the other evidence. Made-up notes written for the change, through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const pathKeysOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "path-keys")).map((name) => name.label)),
	);

describe("a name and its version after a slash is no platform key", () => {
	it("reads three HTTP versions across an empty corner over features", () => {
		const http = lines(
			"# HTTP",
			"",
			"| | HTTP/1.1 | HTTP/2 | HTTP/3 |",
			"|---|---|---|---|",
			"| Transport | TCP | TCP | QUIC |",
			"| Multiplexing | ❌ | ✅ | ✅ |",
			"| Header compression | ❌ | HPACK | QPACK |",
		);
		expect(pathKeysOn(http)).toEqual([]);
		expect(note(http).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("reads SMB versions across a German corner without calling them keys", () => {
		const smb = lines(
			"| Merkmal | SMB/2.0 | SMB/2.1 | SMB/3.0 |",
			"|---|---|---|---|",
			"| Verschlüsselung | Nein | Nein | Ja |",
			"| Multichannel | Nein | Nein | Ja |",
		);
		expect(pathKeysOn(smb)).toEqual([]);
	});

	it("still reads platforms and apertures as keys", () => {
		const platforms = lines(
			"| Platform | Tier | CI |",
			"|---|---|---|",
			"| linux/amd64 | 1 | ✅ |",
			"| linux/arm64 | 1 | ✅ |",
			"| windows/amd64 | 2 | ✅ |",
			"| linux/386 | 3 | ❌ |",
		);
		expect(pathKeysOn(platforms)).toEqual(["linux/amd64", "linux/arm64", "windows/amd64", "linux/386"]);
		expect(note(platforms).frameworks).toEqual([]);
		const apertures = lines(
			"| Aperture | Depth of field | Light |",
			"|---|---|---|",
			"| f/2.8 | shallow | a lot |",
			"| f/8 | deep | less |",
			"| f/16 | very deep | little |",
		);
		expect(pathKeysOn(apertures)).toEqual(["f/2.8", "f/8", "f/16"]);
		expect(note(apertures).frameworks).toEqual([]);
	});
});
