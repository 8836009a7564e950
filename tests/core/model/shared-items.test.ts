// Lists in cells that share their items along attributes (src/core/model/evidence/shared-items.ts):
// the things compared meet on qualities and drawbacks, listed one per line. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "shared-items")));

describe("things that meet on listed qualities (shared-items)", () => {
	it("reads note apps down the rows of a pros and cons table written as lists", () => {
		const text = lines(
			"# Aplicaciones para tomar notas",
			"",
			"| Aplicación | Ventajas | Desventajas |",
			"| --- | --- | --- |",
			"| OneNote | - Sincronización<br>- Fácil organización<br>- Intuitivo | - Precio<br>- Flujo de trabajo lento |",
			"| Evernote | - Sincronización<br>- Intuitivo | - Cuenta básica limitada<br>- Flujo de trabajo lento |",
			"| Obsidian | - Gratuito<br>- Muchos plugins | - Sin sincronización gratis<br>- Hay que aprender Markdown |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["OneNote", "Evernote", "Obsidian"]);
	});

	it("reads the things across when their lists meet along the rows", () => {
		const text = lines("# Generators", "", "| | Hugo | Jekyll | Eleventy |", "|---|---|---|---|", "| Templates | Go templates<br>Markdown | Liquid<br>Markdown | Nunjucks<br>Liquid<br>Markdown |", "| Hosting | Netlify<br>Cloudflare | GitHub Pages<br>Netlify | Netlify<br>Vercel |");
		expect(firedOn(text)).toEqual(["columns"]);
	});

	it("says nothing of single values repeated, nor of lists that share nothing", () => {
		const single = lines("# CI", "", "| Terminal | Colours | TERM |", "|---|---|---|", "| Azure CI | 16 | dumb |", "| GitHub CI | 256 | dumb |", "| Travis CI | 16 | dumb |");
		expect(firedOn(single)).toEqual([]);
		const apart = lines("# Meals", "", "| Day | Lunch | Dinner |", "|---|---|---|", "| Mon | soup<br>bread | rice<br>beans |", "| Tue | salad<br>eggs | pasta<br>cheese |");
		expect(firedOn(apart)).toEqual([]);
	});
});
