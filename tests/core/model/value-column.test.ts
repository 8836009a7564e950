// The value-column rule (src/core/model/evidence/value-column.ts): a top-left cell naming keys
// (`Setting`, `Key`, `设置项`) over a column headed as the value is one thing's settings, not a
// comparison of its rows. Made-up notes, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "value-column"));

describe("keys over a value column are one thing's settings (value-column)", () => {
	it("gives no toolbar to a board's Arduino IDE settings in a Chinese note, its keys in Latin letters", () => {
		const settings = lines(
			"# T-Display 快速上手",
			"",
			"在 Arduino IDE 中，打开 `Tools` 菜单，按以下表格配置：",
			"",
			"| Arduino IDE 设置项 | 值 |",
			"| --- | --- |",
			"| Board | **ESP32S3 Dev Module** |",
			"| USB CDC On Boot | Enable |",
			"| CPU Frequency | 240MHz (WiFi) |",
			"| Flash Size | 16MB (128Mb) |",
			"| Partition Scheme | 16M Flash (3MB APP/9.9MB FATFS) |",
			"| PSRAM | OPI PSRAM |",
		);
		expect(fired(settings)).toBe(true);
		const model = note(settings);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});

	it("gives no toggles to a scorecard's header either: `| Metric | Value | Status |` says how each key stands", () => {
		const scorecard = lines(
			"**Status**: ✅ All improvements complete",
			"",
			"## Final metrics",
			"",
			"| Metric | Value | Status |",
			"|--------|-------|--------|",
			"| **Overall Credibility** | 88/100 | ✅ Professional |",
			"| **Methodology Match** | 100% krausest | ✅ Perfect |",
			"| **Test Coverage** | 28 tests × 8 libs | ✅ Comprehensive |",
			"| **Reproducibility** | 100% | ✅ Automated |",
			"| **Transparency** | 100% | ✅ Open Source |",
			"| **Documentation** | 2000+ lines | ✅ Complete |",
			"| **Industry Tier** | Tier 2 | ✅ Approaching Tier 1 |",
			"",
			"**Status**: ✅ Complete",
		);
		expect(fired(scorecard)).toBe(true);
		const model = note(scorecard);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});

	it("still reads things across beside a value column of targets (`| Metric | Value | AWS | GCP | Azure |`)", () => {
		const regions = lines(
			"# Cloud regions",
			"",
			"| Metric | Value | AWS | GCP | Azure |",
			"|---|---|---|---|---|",
			"| Latency (ms) | target 50 | 42 | 48 | 55 |",
			"| Uptime (%) | target 99.9 | 99.99 | 99.95 | 99.9 |",
			"| Cost ($/mo) | budget 500 | 430 | 410 | 520 |",
		);
		const model = note(regions);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(expect.arrayContaining(["AWS", "GCP", "Azure"]));
	});

	it("gives a settings table's `Value | Default | Notes` header no toggles", () => {
		const settings = lines("# Production Postgres settings", "", "| Setting | Value | Default | Notes |", "|---|---|---|---|", "| shared_buffers | 8GB | 128MB | 25% of RAM |", "| work_mem | 64MB | 4MB | per sort |", "| max_connections | 200 | 100 | behind pgbouncer |", "| effective_cache_size | 24GB | 4GB | 75% of RAM |");
		expect(note(settings).frameworks).toEqual([]);
	});

	it("reads a configuration reference's `Key | Value | Default | Notes` tables as no comparison", () => {
		const config = lines(
			"# .wslconfig",
			"",
			"| Key | Value | Default | Notes |",
			"|---|---|---|---|",
			"| `memory` | size | 50% of RAM | How much memory to give the VM |",
			"| `processors` | number | all | How many logical processors |",
			"| `swap` | size | 25% of RAM | `0` turns swap off |",
			"| `localhostForwarding` | boolean | `true` | Ports bound in WSL reach the host |",
		);
		expect(fired(config)).toBe(true);
		expect(note(config).frameworks).toEqual([]);
	});

	it("leaves a value column under another top-left cell alone: each browser's header value is compared", () => {
		const browsers = lines(
			"# Accept-Werte der Browser",
			"",
			"| User-Agent | Wert |",
			"| --- | --- |",
			"| Firefox 92 | `text/html,application/xhtml+xml,*/*;q=0.8` |",
			"| Safari, Chrome | `text/html,application/xhtml+xml,*/*;q=0.8` |",
			"| Edge | `text/html,application/xhtml+xml,image/webp,*/*;q=0.8` |",
		);
		expect(fired(browsers)).toBe(false);
	});

	it("leaves a value weighed among other attributes alone: a decision table under `Option` (French note)", () => {
		const choice = lines(
			"# Choix de la base de données",
			"",
			"| Option | Coût | Valeur | Risque |",
			"|---|---|---|---|",
			"| PostgreSQL | faible | élevée | faible |",
			"| MongoDB | moyen | moyenne | moyen |",
			"| DynamoDB | élevé | moyenne | élevé |",
		);
		expect(fired(choice)).toBe(false);
		expect(note(choice).frameworks).toEqual(["PostgreSQL", "MongoDB", "DynamoDB"]);
	});
});
