// A row whose value spells out its label letter by letter (src/core/model/evidence/spelled-out.ts)
// defines an abbreviation: rows that mostly do so are a glossary, which compares nothing. Made-up
// notes in the shape of a study note's list of abbreviations, and comparisons that spell names out too.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("abbreviations spelled out beside them", () => {
	it("gives a glossary of abbreviations no toolbar, table after table of one header", () => {
		const glossary = lines(
			"# Abkürzungen",
			"",
			"## Ethernetframe",
			"",
			"| Kürzel | Bedeutung | Kontext |",
			"| :-- | :-- | :-- |",
			"| SFD | start of frame delimiter | Ethernetframe |",
			"| FCS | Frame Check Sequence | Ethernetframe › Checksumme |",
			"| CRC | Cyclic Redundancy Check | Ethernetframe › Checksumme › Erstellung |",
			"| ARP | Address Resolution Protocol | Ethernetframe › Zieladresse |",
			"",
			"## WLAN",
			"",
			"| Kürzel | Bedeutung | Kontext |",
			"| :-- | :-- | :-- |",
			"| AP | Access Point | WLAN-Architektur |",
			"| IAPP | Inter Access Point Protocol | WLAN-Architektur › Datenzustellung bei AP-Wechsel |",
			"| WDS | Wireless Distribution System | WLAN-Architektur |",
			"",
			"## MAC-Adresse",
			"",
			"| Kürzel | Bedeutung | Kontext |",
			"| :-- | :-- | :-- |",
			"| I/G | Individual / Group | MAC-Adresse |",
			"| U/L | Universell / Local | MAC-Adresse |",
			"| OUI | Organizationally Unique Identifier | MAC-Adresse |",
			"| MAU | Medium Attachment Unit (=Computer) | Netzwerkaufbau |",
		);
		const model = note(glossary);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["none", "none", "none"]);
		expect(model.frameworks).toEqual([]);
	});

	it("keeps comparing things whose full names stand beside them, with figures or marks to weigh", () => {
		const clouds = lines(
			"# Cloud providers",
			"",
			"| Provider | Full name | Regions | Free tier |",
			"|---|---|---|---|",
			"| AWS | Amazon Web Services | 33 | ✅ |",
			"| GCP | Google Cloud Platform | 40 | ✅ |",
			"| OCI | Oracle Cloud Infrastructure | 48 | ✅ |",
			"| IBM | International Business Machines | 10 | ❌ |",
		);
		const model = note(clouds);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["AWS", "GCP", "OCI", "IBM"]);
	});

	it("keeps comparing protocols named by their initials, their full names beside attributes of words", () => {
		const protocols = lines(
			"# Transport protocols",
			"",
			"| Protocol | Full name | Connection | Reliability | Ordering |",
			"|---|---|---|---|---|",
			"| TCP | Transmission Control Protocol | connection-oriented | guaranteed delivery | in order |",
			"| UDP | User Datagram Protocol | connectionless | best effort | none |",
			"| SCTP | Stream Control Transmission Protocol | connection-oriented | guaranteed delivery | per stream |",
		);
		const model = note(protocols);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["TCP", "UDP", "SCTP"]);
	});
});
