// Labels that name a measure (src/core/model/evidence/measure.ts): a unit in brackets (`Time (ms)`),
// a statistic (`Latency (avg)`), a rate or a percentage. A short word in small letters in brackets is
// a unit only when it is one: `npx (npm)` and `C++ (gcc)` name a thing and where it comes from.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { namesMeasure } from "../../../src/core/model/evidence/measure";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a short word in brackets is a unit only when it is one", () => {
	it("reads units, sizes, rates and statistics in brackets as measures", () => {
		for (const label of ["Time (ms)", "Startup (s)", "Size (kb)", "Size [MB]", "Speed (fps)", "Latency (avg)", "NSMC (acc)", "Price (usd)", "Throughput (ops/s)", "Share (%)"]) {
			expect(namesMeasure(label), label).toBe(true);
		}
	});

	it("reads a program beside what it comes from or is built with as a name (`npx (npm)`, `C++ (gcc)`, `Vite (swc)`)", () => {
		for (const label of ["npx (npm)", "uvx (pip)", "C++ (gcc)", "Vite (swc)", "Rspack (app)"]) expect(namesMeasure(label), label).toBe(false);
	});

	it("does not take a table of ways to fetch servers for measures set against columns of descriptions", () => {
		const fetching = lines(
			"| **获取方式** | **配置示例** | **更新机制** |",
			"| --- | --- | --- |",
			"| **npx (npm)** | `npx -y @pkg/server` | 默认用缓存，需 `@latest` 或清缓存强制更新 |",
			"| **uvx (pip)** | `uvx mcp-server-fetch` | 默认用缓存，需 `--refresh` 或清缓存强制更新 |",
			"| **本地命令** | `auggie --mcp` | 需手动 `pip install --upgrade` |",
		);
		const model = note(fetching);
		expect(model.tables[0]?.frameworkAxis).not.toBe("columns");
		expect(model.frameworks).not.toContain("配置示例");
	});
});
