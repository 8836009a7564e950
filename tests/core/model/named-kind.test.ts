// The named-kind rule (src/core/model/evidence/named-kind.ts): things of one kind down the first
// column over columns of their attributes, with no evidence of their own, are compared when the
// note's title or aliases name the kind the top-left cell gives them, the rows read as
// names and the columns as attributes. Made-up notes, where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

/** `aliases`: the frontmatter's, as the host hands them over (Obsidian parses the block, not the model). */
const input = (text: string, path: string, aliases?: string[]) => ({ path, text, ...(aliases ? { frontmatter: { data: { aliases } } } : {}) });
const note = (text: string, path = "note.md", aliases?: string[]) => buildNoteModel(input(text, path, aliases), NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string, path = "note.md", aliases?: string[]) =>
	analyzeNote(input(text, path, aliases), NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "named-kind"));

describe("things of a kind the note names, down the rows over their attributes (named-kind)", () => {
	it("reads hosting providers under a title naming providers, over a category and two columns of prose", () => {
		const hosts = lines(
			"# Comparing VPS providers for a side project",
			"",
			"| Provider | Plan | Good | Bad |",
			"|---|---|---|---|",
			"| Hetzner | VPS | Cheap and fast in Europe | Few regions outside Europe |",
			"| Scaleway | VPS, bare metal | Many instance types to pick from | The console is slow at times |",
			"| Contabo | VPS | Huge disks for the money | Support answers after days |",
		);
		expect(fired(hosts)).toBe(true);
		expect(note(hosts).frameworks).toEqual(["Hetzner", "Scaleway", "Contabo"]);
	});

	it("reads sorting algorithms named in Han in a note whose title names 算法", () => {
		const sorts = lines(
			"# 常见排序算法",
			"",
			"## 复杂度",
			"",
			"| 算法 | 平均时间 | 空间 | 稳定 |",
			"|---|---|---|---|",
			"| 冒泡排序 | O(n²) | O(1) | 是 |",
			"| 快速排序 | O(n log n) | O(log n) | 否 |",
			"| 归并排序 | O(n log n) | O(n) | 是 |",
		);
		expect(fired(sorts)).toBe(true);
		expect(note(sorts).frameworks).toEqual(["冒泡排序", "快速排序", "归并排序"]);
	});

	it("reads German frameworks in a note whose aliases name them, over language and maker", () => {
		const frameworks = lines(
			"---",
			"aliases: [Mobile Frameworks]",
			"---",
			"# Notizen zu mobilen Apps",
			"",
			"| Framework | Sprache | Hersteller | Stärken |",
			"|---|---|---|---|",
			"| Flutter | Dart | Google | Schnell und eigene Widgets |",
			"| Ionic | HTML, CSS, JS | Ionic Team | Webtechnik, viele Plugins |",
			"| Xamarin | C# | Microsoft | Zugriff auf native APIs |",
		);
		expect(fired(frameworks, "note.md", ["Mobile Frameworks"])).toBe(true);
		expect(note(frameworks, "note.md", ["Mobile Frameworks"]).frameworks).toEqual(["Flutter", "Ionic", "Xamarin"]);
		// Without the aliases nothing names the kind: the title speaks of apps, not frameworks.
		expect(fired(frameworks)).toBe(false);
	});

	it("says nothing where no title or heading names the kind (the file name alone does not)", () => {
		const hosts = lines(
			"| Provider | Plan | Good | Bad |",
			"|---|---|---|---|",
			"| Hetzner | VPS | Cheap and fast in Europe | Few regions outside Europe |",
			"| Scaleway | VPS, bare metal | Many instance types to pick from | The console is slow at times |",
			"| Contabo | VPS | Huge disks for the money | Support answers after days |",
		);
		expect(fired(hosts, "providers.md")).toBe(false);
	});

	it("says nothing where only a heading names the kind: a section may be an aspect of what the note is about", () => {
		const features = lines("# Note apps", "", "## Features", "", "| Feature | Obsidian | Notion |", "|---|---|---|", "| Price | Free | 10 $ a month |", "| Storage | Local files | Cloud |", "| Sync | Paid add-on | Built in |");
		expect(fired(features)).toBe(false);
		expect(note(features).frameworks).not.toContain("Price");
		const kriterien = lines("# Notiz-Apps", "", "## Kriterien", "", "| Kriterium | Obsidian | Notion |", "|---|---|---|", "| Preis | Kostenlos | 10 € im Monat |", "| Speicher | Lokale Dateien | Cloud |", "| Sync | Kostenpflichtig | Eingebaut |");
		expect(fired(kriterien)).toBe(false);
	});

	it("leaves a reference of one value beside a description alone: the operations of one structure, a parameter list", () => {
		const operations = lines(
			"# Stack",
			"",
			"## Operations",
			"",
			"| Operation | Cost | Note |",
			"|---|---|---|",
			"| Push | O(1) | Adds an element on top of the stack |",
			"| Pop | O(1) | Removes the element on top of the stack |",
			"| Peek | O(1) | Reads the top without removing it |",
		);
		expect(fired(operations)).toBe(false);
		expect(note(operations).frameworks).not.toContain("Push");
		const parameters = lines(
			"## Parameters",
			"",
			"| Parameter | Type | Default | Description |",
			"|---|---|---|---|",
			"| `timeout` | number | 30 | How long to wait for an answer |",
			"| `retries` | number | 3 | How often to try again |",
			"| `verbose` | boolean | false | Whether to print every request |",
		);
		expect(fired(parameters)).toBe(false);
		expect(note(parameters).frameworks).toEqual([]);
	});

	it("leaves an install table alone: its values are commands, instructions per row", () => {
		const install = lines("# Installing fd", "", "## Distributions", "", "| Distribution | Manager | Package |", "|---|---|---|", "| Debian | `apt` | `fd-find` |", "| Ubuntu | `apt` | `fd-find` |", "| Fedora | `dnf` | `fd` |");
		expect(fired(install)).toBe(false);
		expect(note(install).frameworks).toEqual([]);
	});

	it("leaves logs and series alone: numbered weeks, releases, a setting before and after", () => {
		const weeks = lines("# Training weeks", "", "| Week | Distance | Sleep |", "|---|---|---|", "| Week 12 | 18 km | 49 h |", "| Week 13 | 22 km | 51 h |", "| Week 14 | 15 km | 46 h |");
		expect(fired(weeks)).toBe(false);
		expect(note(weeks).frameworks).toEqual([]);
		const settings = lines("# Mis ajustes", "", "## Ajustes de Obsidian", "", "| Ajuste | Valor antiguo | Valor nuevo |", "|---|---|---|", "| Tema | claro | oscuro |", "| Fuente | Inter | Iosevka |", "| Ancho | legible | completo |");
		expect(fired(settings)).toBe(false);
		expect(note(settings).frameworks).toEqual([]);
	});

	it("leaves operations the prose writes in lower case alone: they are words of the note, not names", () => {
		const queue = lines(
			"# Queue operations",
			"",
			"To enqueue is to add at the back; to dequeue is to take from the front; to peek is to look.",
			"",
			"| Operation | Time | Space |",
			"|---|---|---|",
			"| Enqueue | O(1) | O(1) |",
			"| Dequeue | O(1) | O(1) |",
			"| Peek | O(1) | O(1) |",
		);
		expect(fired(queue)).toBe(false);
		expect(note(queue).frameworks).toEqual([]);
	});

	it("leaves a list of what each thing does, a tracker of marks and a gallery alone", () => {
		const plugins = lines("# Plugins I use", "", "| Plugin | What it does | Why I keep it |", "|---|---|---|", "| Dataview | Queries notes like a database | My reading list runs on it |", "| Templater | Templates with scripts | Daily notes get the date |", "| Calendar | A calendar in the sidebar | Fast way to open a daily note |");
		expect(fired(plugins)).toBe(false);
		const habits = lines("# Gewohnheiten", "", "| Gewohnheit | Morgens | Abends |", "|---|---|---|", "| Meditieren | ✅ | ❌ |", "| Dehnen | ✅ | ✅ |", "| Lesen | ❌ | ✅ |");
		expect(fired(habits)).toBe(false);
		const rooms = lines("# Room makeover", "", "| Room | Before | After |", "|---|---|---|", "| Kitchen | ![[k1.jpg]] | ![[k2.jpg]] |", "| Hall | ![[h1.jpg]] | ![[h2.jpg]] |", "| Office | ![[o1.jpg]] | ![[o2.jpg]] |");
		expect(fired(rooms)).toBe(false);
	});

	it("leaves criteria down the rows alone when the columns are names of their own", () => {
		const systems = lines("# 系统对比", "", "| 对比 | Windows 11 | macOS 14 |", "|---|---|---|", "| 价格 | 付费 | 随电脑附带 |", "| 软件 | 最多 | 较多 |", "| 终端 | PowerShell | zsh |");
		expect(fired(systems)).toBe(false);
	});

	it("leaves a table of text that pairs each row with a name of its own alone: a roster, countries and capitals, a German staff list", () => {
		const roster = lines("# Team members", "", "| Member | Role | Location |", "|---|---|---|", "| Priya | Tech lead | Leeds |", "| Tomasz | Backend | Gdańsk |", "| Aiko | Frontend | Osaka |", "| Rafael | SRE | Lisbon |");
		const capitals = lines("# Countries", "", "| Country | Capital | Language |", "|---|---|---|", "| France | Paris | French |", "| Spain | Madrid | Spanish |", "| Portugal | Lisbon | Portuguese |");
		const staff = lines("# Mitarbeiter", "", "| Mitarbeiter | Abteilung | Standort |", "|---|---|---|", "| Jonas | Einkauf | Köln |", "| Lena | Vertrieb | Bremen |", "| Murat | Lager | Kassel |");
		for (const text of [roster, capitals, staff]) {
			expect(fired(text)).toBe(false);
			expect(note(text).frameworks).toEqual([]);
		}
	});

	it("still reads things whose text attributes repeat, judge or sit beside a price (a column of makers beside prices too)", () => {
		const hosts = lines("# Hosting providers", "", "| Provider | Model | Region |", "|---|---|---|", "| Hetzner | IaaS | Europe |", "| Vercel | PaaS | Global |", "| Render | PaaS | Europe |");
		const pros = lines("# Note apps", "", "| App | Pros | Cons |", "|---|---|---|", "| Obsidian | Local files, plugins, fast | Sync costs extra |", "| Notion | Databases, sharing | Slow, online only |", "| Logseq | Outliner, free | Mobile app is rough |");
		const phones = lines("# Phones", "", "| Phone | Maker | Price |", "|---|---|---|", "| Pixel | Google | $699 |", "| Galaxy | Samsung | $799 |", "| Xperia | Sony | $899 |");
		expect(fired(hosts)).toBe(true);
		expect(fired(pros)).toBe(true);
		expect(fired(phones)).toBe(true);
		expect(note(pros).frameworks).toEqual(["Obsidian", "Notion", "Logseq"]);
	});
});
