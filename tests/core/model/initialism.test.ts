// A name spelled out with its initials in brackets ("Network Access Control Lists (NACLs)")
// declares the initials another name of the same thing. Made-up notes written for the rule,
// read through the whole note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { initialismOf } from "../../../src/core/model/initialism";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("the initials a name gives in brackets", () => {
	it("are the capitals opening the name's words, a plural s allowed", () => {
		expect(initialismOf("Network Access Control Lists (NACLs)")).toBe("NACLs");
		expect(initialismOf("Amazon Web Services (AWS)")).toBe("AWS");
		expect(initialismOf("Server-Side Rendering (SSR)")).toBe("SSR");
	});

	it("are no initials when the brackets hold anything else", () => {
		expect(initialismOf("PyTorch (Meta)")).toBeNull();
		expect(initialismOf("Chrome (desktop)")).toBeNull();
		expect(initialismOf("Google Cloud (AWS)")).toBeNull();
		expect(initialismOf("Postgres (PG)")).toBeNull();
		expect(initialismOf("Aluminium 2017A (AU4G)")).toBeNull();
	});
});

describe("a name spelled out in one table and written by its initials in another", () => {
	it("gives one toggle for the name and its initials, whichever table comes first", () => {
		const spelledFirst = lines(
			"# Security Groups vs NACLs",
			"",
			"| Feature | Security Groups | Network Access Control Lists (NACLs) |",
			"|---|---|---|",
			"| Scope | Instance | Subnet |",
			"| State | Stateful | Stateless |",
			"",
			"## Rules",
			"",
			"| Feature | Security Groups | NACLs |",
			"|---|---|---|",
			"| Order | None | Numbered |",
			"| Default | Deny in | Deny all |",
		);
		expect(note(spelledFirst).frameworks).toEqual(["Security Groups", "Network Access Control Lists"]);
		const shortFirst = lines(
			"# Clouds",
			"",
			"| | AWS | Azure |",
			"|---|---|---|",
			"| Regions | 33 | 60 |",
			"| Free tier | 12 months | 12 months |",
			"",
			"## Support plans",
			"",
			"| Plan | Amazon Web Services (AWS) | Microsoft Azure |",
			"|---|---|---|",
			"| Developer | $29 | $29 |",
			"| Business | $100 | $100 |",
		);
		expect(note(shortFirst).frameworks).toEqual(["AWS", "Azure"]);
	});
});

describe("names that are not one thing stay apart", () => {
	it("keeps a name and its initials side by side in one table as two", () => {
		const sideBySide = lines("# Rendering", "", "| | Server-Side Rendering (SSR) | SSR | CSR |", "|---|---|---|---|", "| First paint | fast | fast | slow |", "| SEO | ✓ | ✓ | ✗ |");
		expect(note(sideBySide).frameworks).toHaveLength(3);
	});

	it("leaves a measure spelled out in one table and abbreviated in another as a measure", () => {
		const hosting = lines(
			"# Hosting the blog",
			"",
			"| Metric | Netlify | Vercel | Cloudflare Pages |",
			"|---|---|---|---|",
			"| Time to First Byte (TTFB) | 120 ms | 95 ms | 60 ms |",
			"| Build minutes | 300 | 6000 | 500 |",
			"| Bandwidth | 100 GB | 100 GB | unlimited |",
			"",
			"## From Europe",
			"",
			"| Host | TTFB | Cold start |",
			"|---|---|---|",
			"| Netlify | 140 ms | 310 ms |",
			"| Vercel | 110 ms | 250 ms |",
			"| Cloudflare Pages | 45 ms | 5 ms |",
		);
		const model = note(hosting);
		expect(model.frameworks).toEqual(["Netlify", "Vercel", "Cloudflare Pages"]);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["columns", "rows"]);
	});

	it("does not fold a maker in brackets into the maker's own column", () => {
		const frameworks = lines(
			"# Deep learning frameworks",
			"",
			"| | PyTorch (Meta) | JAX (Google) |",
			"|---|---|---|",
			"| Eager by default | ✓ | ✗ |",
			"| Compiles with XLA | via torch_xla | ✓ |",
			"",
			"## Cloud credits",
			"",
			"| Program | Meta | Google |",
			"|---|---|---|",
			"| Research credits | ✗ | ✓ |",
			"| Startups | ✗ | ✓ |",
		);
		const names = note(frameworks).frameworks;
		expect(names).toContain("PyTorch");
		expect(names).toContain("JAX");
		expect(names).not.toContain("Meta (PyTorch)");
	});

	it("leaves a feature matrix with an acronym in one row label as it was", () => {
		const matrix = lines(
			"# Static site generators",
			"",
			"| Feature | Hugo | Astro | Next.js |",
			"|---|---|---|---|",
			"| Server-Side Rendering (SSR) | ✗ | ✓ | ✓ |",
			"| Static export | ✓ | ✓ | ✓ |",
			"| Image optimisation | ✓ | ✓ | ✓ |",
		);
		const model = note(matrix);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Hugo", "Astro", "Next.js"]);
	});
});
