// An attribute's values are of one kind: a row of yes/no answers across the things compared is one
// attribute, whatever language says yes (`Ja | Nein`, `Oui | Non`, `Sim | Não`) or whether marks
// of Japanese tables say it (`○ | ×`). Read as answers by the one cell reader, such rows beside rows
// of prices and words let value-kinds see the rows alike across and the columns mixed: the things
// are across. Made-up notes written for the reading, through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("rows of yes/no answers in any language are attributes: the things are across", () => {
	it("reads two cloud drives across a German corner over Ja/Nein rows and rows of words", () => {
		const model = note(
			lines(
				"# Cloudspeicher",
				"",
				"| Merkmal | Nextcloud | Seafile |",
				"|---|---|---|",
				"| Lizenz | AGPL | AGPL |",
				"| Standort | Deutschland | Frankreich |",
				"| Ende-zu-Ende | Nein | Ja |",
				"| Versionierung | Ja | Teilweise |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Nextcloud", "Seafile"]);
	});

	it("reads three mail providers across a French corner over Oui/Non rows and words", () => {
		const model = note(
			lines(
				"# Messageries",
				"",
				"| Critère | Proton | Tuta | Infomaniak |",
				"|---|---|---|---|",
				"| Pays | Suisse | Allemagne | Suisse |",
				"| Chiffrement | Oui | Oui | Non |",
				"| Domaine perso | Oui | Oui | Oui |",
				"| Calendrier | Oui | Partiel | Oui |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Proton", "Tuta", "Infomaniak"]);
	});

	it("reads two password managers across a Polish corner over a tak/nie row and rows of words", () => {
		const model = note(
			lines(
				"# Menedżery haseł",
				"",
				"| Cecha | Bitwarden | KeePassXC |",
				"|---|---|---|",
				"| Cena | darmowy | darmowy |",
				"| Synchronizacja | chmura | plik |",
				"| Open source | tak | tak |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Bitwarden", "KeePassXC"]);
	});

	it("reads note apps across a Japanese corner over ○ × △ rows and rows of words", () => {
		const model = note(
			lines(
				"# メモアプリ",
				"",
				"| 機能 | Notion | Obsidian | Bear |",
				"|---|---|---|---|",
				"| オフライン | × | ○ | ○ |",
				"| 同期 | ○ | △ | ○ |",
				"| 開発元 | 米国 | カナダ | イタリア |",
				"| 対応OS | 全部 | 全部 | Apple |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Notion", "Obsidian", "Bear"]);
	});
});

describe("answers alone do not make a comparison", () => {
	it("a German habit tracker of Ja/Nein by weekday stays a log", () => {
		const model = note(
			lines(
				"# Gewohnheiten",
				"",
				"| Gewohnheit | Mo | Di | Mi | Do | Fr |",
				"|---|---|---|---|---|---|",
				"| Lesen | Ja | Ja | Nein | Ja | Ja |",
				"| Sport | Nein | Ja | Ja | Nein | Ja |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("a Japanese garbage schedule of ○ by weekday compares nothing", () => {
		const model = note(
			lines(
				"# ごみ出し",
				"",
				"| 種類 | 月 | 火 | 水 | 木 | 金 |",
				"|---|---|---|---|---|---|",
				"| 燃えるごみ | ○ | × | × | ○ | × |",
				"| 資源ごみ | × | × | ○ | × | × |",
				"| 不燃ごみ | × | × | × | × | ○ |",
			),
		);
		expect(model.frameworks).toEqual([]);
	});

	it("a Portuguese packing list of Sim/Não per trip has no things compared across", () => {
		const model = note(
			lines(
				"# Lista de viagem",
				"",
				"| Item | Praia | Montanha |",
				"|---|---|---|",
				"| Protetor solar | Sim | Sim |",
				"| Casaco | Não | Sim |",
				"| Botas | Não | Sim |",
			),
		);
		expect(model.frameworks).toEqual([]);
	});
});
