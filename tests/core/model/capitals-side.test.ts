// The capitals-side rule (src/core/model/evidence/capitals-side.ts): protocols, algorithms and
// levels named in capitals (`TCP | UDP | QUIC`, `RAID 0 | RAID 5`) against attributes written as
// words hold the things compared, where the values cannot tell the sides apart. Made-up notes,
// where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { headOf } from "../../../src/core/model/evidence/names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "capitals-side"));

describe("labels in capitals against labels written as words hold the things compared (capitals-side)", () => {
	it("reads protocols down the rows of a German check grid (`TCP | UDP | QUIC | SCTP`)", () => {
		const protocols = lines("# Protokolle", "", "| Protokoll | Zuverlässig | Reihenfolge | Verbindung |", "|---|---|---|---|", "| TCP | ✓ | ✓ | ja |", "| UDP | ✗ | ✗ | nein |", "| QUIC | ✓ | ✓ | ja |", "| SCTP | ✓ | ✓ | ja |");
		expect(fired(protocols)).toBe(true);
		expect(note(protocols).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(protocols).frameworks).toEqual(["TCP", "UDP", "QUIC", "SCTP"]);
	});

	it("reads RAID levels down the rows, a numbered series of one stem over numbers", () => {
		const raid = lines("# RAID", "", "| Level | Min disks | Capacity | Fault tolerance |", "|---|---|---|---|", "| RAID 0 | 2 | 100 % | 0 |", "| RAID 1 | 2 | 50 % | 1 |", "| RAID 5 | 3 | 67 % | 1 |", "| RAID 10 | 4 | 50 % | 1 |");
		expect(fired(raid)).toBe(true);
		expect(note(raid).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads serialisation formats across in a Spanish note, checks both ways", () => {
		const formats = lines("## Formatos", "", "| Característica | JSON | YAML | TOML |", "|---|---|---|---|", "| Comentarios | ✗ | ✓ | ✓ |", "| Legible | ✓ | ✓ | ✓ |", "| Esquema | ✓ | ✗ | ✗ |");
		expect(fired(formats)).toBe(true);
		expect(note(formats).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing of attributes in capitals over products (`CPU | GPU | RAM`): the values change kind along the rows", () => {
		const laptops = lines("| Laptop | CPU | RAM | SSD |", "|---|---|---|---|", "| Air | M2 | 16 GB | 512 GB |", "| Pro | M3 Pro | 18 GB | 1 TB |", "| Zenbook | Ultra 7 | 32 GB | 1 TB |");
		expect(fired(laptops)).toBe(false);
	});

	it("says nothing of sizes of one product (`S | M | L | XL`) nor of error codes or keys described in sentences", () => {
		const sizes = lines("| Maß | S | M | L | XL |", "|---|---|---|---|---|", "| Brust | 88 | 96 | 104 | 112 |", "| Länge | 68 | 70 | 72 | 74 |");
		expect(fired(sizes)).toBe(false);
		expect(note(sizes).tables[0]?.frameworkAxis).toBe("none");
		const errors = lines("| Code | Bedeutung | Abhilfe |", "|---|---|---|", "| ENOENT | Datei oder Verzeichnis fehlt | Pfad prüfen und erneut starten |", "| EACCES | Zugriff verweigert auf die Datei | Rechte der Datei ändern |", "| EEXIST | Die Datei gibt es schon | Anderen Namen wählen |");
		expect(fired(errors)).toBe(false);
		expect(note(errors).tables[0]?.frameworkAxis).toBe("none");
		const keys = lines("| Key | Action |", "|---|---|", "| ESC | closes the dialog without saving |", "| TAB | moves to the next field in the form |", "| DEL | removes the selected line for good |");
		expect(fired(keys)).toBe(false);
	});

	it("says nothing where the other side is identifiers (`ja_ginza_electra`, code): models scored on `LAS | UAS | UPOS`", () => {
		const scores = lines("| Model | LAS | UAS | UPOS |", "|---|---|---|---|", "| ja_ginza_bert_large | 93.8 | 94.9 | 98.3 |", "| ja_ginza_electra | 92.3 | 93.7 | 98.1 |", "| ja_ginza | 89.2 | 91.1 | 97.0 |");
		expect(fired(scores)).toBe(false);
		expect(note(scores).frameworks).not.toContain("LAS");
		const coded = lines("| Model | BLEU | ROUGE |", "|---|---|---|", "| `t5-small` | 27.1 | 40.2 |", "| `bart-large` | 30.4 | 44.1 |");
		expect(fired(coded)).toBe(false);
		// Words still are words: protocols against plain German attributes, as above.
		const words = lines("| Protokoll | Zuverlässig | Reihenfolge |", "|---|---|---|", "| TCP | ✓ | ja |", "| UDP | ✗ | nein |", "| QUIC | ✓ | ja |");
		expect(fired(words)).toBe(true);
	});

	it("still reads a side of words with an option or two written as code among them (`Comments`, `` `trailing_comma` ``)", () => {
		const formats = lines("# Formats", "", "| Option | JSON | YAML | TOML |", "|---|---|---|---|", "| Comments | no | yes | yes |", "| Multi-line strings | no | yes | yes |", "| `trailing_comma` | no | n/a | no |");
		expect(fired(formats)).toBe(true);
		expect(note(formats).frameworks).toEqual(["JSON", "YAML", "TOML"]);
	});

	it("says nothing where both sides are in capitals or neither is (`| | ripgrep | grep |` over `small | large`)", () => {
		const units = lines("| | KB | MB | GB |", "|---|---|---|---|", "| RAM | 1024 | 1 | 0.001 |", "| SSD | 2048 | 2 | 0.002 |");
		expect(fired(units)).toBe(false);
		const lower = lines("| | ripgrep | grep | ag |", "|---|---|---|---|", "| small | 0.02 | 0.11 | 0.66 |", "| large | 0.09 | 0.36 | 0.44 |");
		expect(fired(lower)).toBe(false);
	});

	it("keeps an initialism joined by a slash whole (`CSMA/CD`, `TCP/IP`), and still cuts a name before small letters (`JAX/Flax`)", () => {
		expect(headOf("CSMA/CD")).toBe("CSMA/CD");
		expect(headOf("TCP/IP")).toBe("TCP/IP");
		expect(headOf("JAX/Flax")).toBe("JAX");
		expect(headOf("Disconf / Qconf")).toBe("Disconf");
		const access = lines("## Vergleich", "", "| Merkmal | CSMA/CD | Slotted ALOHA |", "|---|---|---|", "| Kollisionserkennung | Ja | Nein |", "| Einsatz | Ethernet | Funknetze |");
		expect(note(access).frameworks).toEqual(["CSMA/CD", "Slotted ALOHA"]);
	});

	it("keeps an initialism whole when a word is joined to it after the slash (`TCP/IP-modellen`)", () => {
		expect(headOf("TCP/IP-modellen")).toBe("TCP/IP-modellen");
		const models = lines("## Netværksmodeller", "", "| **Egenskab** | **OSI-modellen** | **TCP/IP-modellen** |", "| --- | --- | --- |", "| Antal lag | 7 | 4 |", "| Fokus | Teoretisk standardisering | Praktisk anvendelse |");
		expect(note(models).frameworks).toEqual(["OSI-modellen", "TCP/IP-modellen"]);
	});
});
