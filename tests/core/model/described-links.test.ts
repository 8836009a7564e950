// The described-links rule (src/core/model/evidence/described-links.ts): a list whose every name is a
// link, with one sentence about each and nothing else, is a directory, not a comparison. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "described-links"));

describe("linked names each with one sentence are a directory (described-links)", () => {
	it("reads a README's list of related packages as no comparison", () => {
		const ecosystem = lines(
			"# tinyparse",
			"",
			"## Ecosystem",
			"",
			"| Name | Description |",
			"|---|---|",
			"| [tinyparse](https://github.com/acme/tinyparse) | Fast and forgiving HTML parser |",
			"| [tinydom](https://github.com/acme/tinydom) | Turns parser events into a DOM tree |",
			"| [tinyselect](https://github.com/acme/tinyselect) | CSS selector engine for the tinydom tree |",
			"| [tinyserial](https://github.com/acme/tinyserial) | Serializer for the tinydom tree |",
		);
		expect(fired(ecosystem)).toBe(true);
		expect(note(ecosystem).frameworks).toEqual([]);
		expect(note(ecosystem).tables[0]?.frameworkAxis).toBe("none");
	});

	it("reads a German community list of linked channels as no comparison", () => {
		const community = lines(
			"# Mitmachen",
			"",
			"| Plattform | Zweck |",
			"|---|---|",
			"| [Forum](https://forum.example.org) | Fragen stellen und Antworten finden |",
			"| [Matrix](https://matrix.to/#/#example:matrix.org) | Mit anderen Nutzern direkt plaudern |",
			"| [Mastodon](https://social.example.org/@example) | Neuigkeiten zum Projekt verfolgen |",
		);
		expect(fired(community)).toBe(true);
		expect(note(community).frameworks).toEqual([]);
	});

	it("leaves sentences about names that are not linked alone (a comparison written out in words)", () => {
		const written = lines(
			"# NATS vs Kafka vs RabbitMQ",
			"",
			"| Project | Authentication |",
			"|---|---|",
			"| NATS | Supports TLS, credentials, NKEYS and JWT based accounts |",
			"| Kafka | Supports SASL with several mechanisms and mutual TLS |",
			"| RabbitMQ | Supports username and password, x509 certificates and LDAP |",
		);
		expect(fired(written)).toBe(false);
		expect(note(written).frameworks).toEqual(["NATS", "Kafka", "RabbitMQ"]);
	});

	it("leaves linked names with figures, or with attributes beside the sentence, alone", () => {
		const bench = lines(
			"# Validators",
			"",
			"| Validator | Speed |",
			"|---|---|",
			"| [ajv](https://github.com/ajv-validator/ajv) | 12,345 ops/s |",
			"| [zod](https://github.com/colinhacks/zod) | 3,210 ops/s |",
			"| [joi](https://github.com/hapijs/joi) | 1,024 ops/s |",
		);
		expect(fired(bench)).toBe(false);
		expect(note(bench).frameworks).toEqual(["ajv", "zod", "joi"]);
		const awesome = lines(
			"# Static site generators",
			"",
			"| Project | Description | Language | Licence |",
			"|---|---|---|---|",
			"| [Hugo](https://github.com/gohugoio/hugo) | The world's fastest framework for building websites | Go | Apache-2.0 |",
			"| [Zola](https://github.com/getzola/zola) | A fast static site generator in a single binary | Rust | MIT |",
			"| [Jekyll](https://github.com/jekyll/jekyll) | Transform your plain text into static websites and blogs | Ruby | MIT |",
		);
		expect(fired(awesome)).toBe(false);
	});

	it("leaves linked names alone where the title sets them against each other", () => {
		const verdict = lines(
			"# Zustand vs Redux vs Jotai — my verdict",
			"",
			"| Library | Verdict |",
			"|---|---|",
			"| [Zustand](https://github.com/pmndrs/zustand) | Tiny API, no boilerplate, my pick for small apps. |",
			"| [Redux Toolkit](https://redux-toolkit.js.org) | Verbose but the devtools are unbeatable. |",
			"| [Jotai](https://jotai.org) | Atoms feel natural for derived state. |",
		);
		expect(fired(verdict)).toBe(false);
		expect(note(verdict).frameworks).toEqual(["Zustand", "Redux Toolkit", "Jotai"]);
	});
});
