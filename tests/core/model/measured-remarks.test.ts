// One column measuring each row in one unit, beside a column of remarks: a benchmark noted down,
// whose rows are the things measured. Made-up notes read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("one measured column beside remarks", () => {
	it("reads the machines of a CPU benchmark noted down with remarks as the things measured", () => {
		const model = note(
			lines(
				"# sysbench on my machines",
				"",
				"|Machine|cpu speed| notes |",
				"|---|---|---|",
				"|RaspberryPi5 | 2724.77 ev/sec | Cortex-A76, 4 cores at 2.4 GHz |",
				"|RaspberryPi4 | 1488.30 ev/sec | aarch64, Cortex-A72, 4 cores |",
				"|Ryzen 5 | 4841.66 ev/sec | AMD Ryzen 5 5600G with Radeon Graphics, 12 threads |",
				"|NUC-i7 | 1354.22 ev/sec | * |",
				"|Fit pc home | 1334 ev/sec | * |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["RaspberryPi5", "RaspberryPi4", "Ryzen 5", "NUC-i7", "Fit pc home"]);
	});

	it("leaves a parts list alone: counts of pieces in several units are quantities, not a measure", () => {
		const model = note(
			lines(
				"### 必須",
				"",
				"| 名前 | 数 | 備考 |",
				"|:-|:-|:-|",
				"| PCB | 2枚 | |",
				"| プレート | 2セット | |",
				"| ProMicro | 2枚 | |",
				"| TRRSジャック | 2個 | |",
				"| TRS(3極)ケーブル | 1本 | TRRS(4極)ケーブルでも可 |",
				"| タクトスイッチ | 2個 | |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("leaves latencies spanning scales alone: one measure of each action, not of things compared", () => {
		const model = note(
			lines(
				"| Action | Time | Notes |",
				"| :--- | ---: | :--- |",
				"| GPU Shared Memory access | 30 ns | 30~90 cycles (bank conflicts add latency) |",
				"| GPU Global Memory access | 200 ns | 200~800 cycles |",
				"| Launch CUDA kernel on GPU | 10 μs | Host CPU instructs GPU to start kernel |",
				"| Transfer 1MB to/from NVLink GPU | 30 μs | ~33GB/s on NVIDIA 40GB NVLink |",
				"| Transfer 1MB to/from PCI-E GPU | 80 μs | ~12GB/s on PCI-Express x16 link |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});
});
