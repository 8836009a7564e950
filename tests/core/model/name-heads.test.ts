// Where a label's name ends (src/core/model/evidence/names.ts: headOf). A model or repository named under
// its owner (`deepvk/USER-bge-m3`, `cointegrated/LaBSE-en-ru`: ownerPathAt) is one name, though a capital
// follows the slash; two names set side by side with a slash (`JAX/Flax`, `vim/Neovim`) stay two. A chip
// at its clock (`Intel Celeron N100 @ 3.40GHz`) is the chip. Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { headOf } from "../../../src/core/model/evidence/names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const lines = (...rows: string[]) => rows.join("\n");

describe("a name under its owner (owner paths)", () => {
	it("keeps each of an owner's models apart in a leaderboard, not one toggle for the owner", () => {
		const text = lines(
			"# Russian sentence encoders",
			"",
			"| model | CPU | GPU | Mean S |",
			"|---|---|---|---|",
			"| deepvk/USER-bge-m3 | 523.4 | 22.5 | 0.799 |",
			"| BAAI/bge-m3 | 523.4 | 22.5 | 0.787 |",
			"| deepvk/USER-base | 40.1 | 5.2 | 0.74 |",
			"| cointegrated/rubert-tiny2 | 5.1 | 3.2 | 0.70 |",
			"| cointegrated/LaBSE-en-ru | 120.3 | 8.1 | 0.71 |",
			"| sentence-transformers/LaBSE | 130.0 | 8.5 | 0.70 |",
		);
		const frameworks = buildNoteModel({ path: "note.md", text }, NO_VAULT).frameworks;
		expect(frameworks).toContain("deepvk/USER-bge-m3");
		expect(frameworks).toContain("deepvk/USER-base");
		expect(frameworks).toContain("cointegrated/LaBSE-en-ru");
		expect(frameworks).not.toContain("deepvk");
		expect(frameworks).not.toContain("cointegrated");
	});

	it("reads the head of an owner path as the whole path, and two names joined by a slash as the first", () => {
		expect(headOf("deepvk/USER-bge-m3")).toBe("deepvk/USER-bge-m3");
		expect(headOf("sentence-transformers/LaBSE")).toBe("sentence-transformers/LaBSE");
		expect(headOf("JAX/Flax")).toBe("JAX");
		expect(headOf("vim/Neovim")).toBe("vim");
		expect(headOf("Disconf / Qconf")).toBe("Disconf");
	});
});

describe("a chip at its clock", () => {
	it("names a CPU benchmark's chips without their clocks, as PassMark and Geekbench write them", () => {
		const text = lines(
			"# Mini PC CPUs",
			"",
			"| CPU | Score | Notes |",
			"|---|---|---|",
			"| Intel Core i5-8279U | 7,751 | Beelink SEI8 |",
			"| Intel Celeron N100 @ 3.40GHz | 5,540 | 6w |",
			"| Intel Celeron N5105 @ 2.00GHz | 4,098 | 10w |",
			"| Intel Celeron J4125 @ 2.00GHz | 2,974 | 10w |",
		);
		expect(headOf("Intel Celeron N100 @ 3.40GHz")).toBe("Intel Celeron N100");
		// A version touching its package stays the package's own business.
		expect(headOf("es-toolkit@1.40.0")).toBe("es-toolkit@1.40.0");
		expect(buildNoteModel({ path: "note.md", text }, NO_VAULT).frameworks).toEqual(["Intel Core i5-8279U", "Intel Celeron N100", "Intel Celeron N5105", "Intel Celeron J4125"]);
	});
});

describe("a model tagged with its size (Ollama tags)", () => {
	it("names the models of a local LLM benchmark without their tags, in a Japanese note", () => {
		const text = lines(
			"# Core i9-13900K で Ollama を測る",
			"",
			"| model name | FTL[ms] | TPS | Peak VRAM[MB] |",
			"|---|---|---|---|",
			"| gemma3:12b | 275.82 | 98.61 | 9226.44 |",
			"| gpt-oss:20b | 391.73 | 189.80 | 13000.44 |",
			"| qwen3-vl:8b | 193.43 | 156.30 | 7746.44 |",
		);
		const model = buildNoteModel({ path: "note.md", text }, NO_VAULT);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["gemma3", "gpt-oss", "qwen3-vl"]);
	});

	it("cuts a label at a colon only before a size, never a namespaced key or a Docker image's tag", () => {
		expect(headOf("llama3.1:8b-instruct-q4_K_M")).toBe("llama3.1");
		expect(headOf("python:latest")).toBe("python:latest");
		expect(headOf("node:20-alpine")).toBe("node:20-alpine");
		expect(headOf("moondream:1.8b")).toBe("moondream");
		expect(headOf("fs:allow-read")).toBe("fs:allow-read");
		expect(headOf("user:email")).toBe("user:email");
		expect(headOf("host:8080")).toBe("host:8080");
	});
});
