import { describe, expect, it } from "vitest";
import { togglesThatFit } from "../../src/views/framework-toolbar";

describe("togglesThatFit", () => {
	it("gives every framework of a usual note a toggle of its own", () => {
		expect(togglesThatFit(["JAX", "PyTorch", "TensorFlow"])).toBe(3);
		expect(togglesThatFit(["PostgreSQL", "MySQL", "SQLite", "MariaDB", "CockroachDB"])).toBe(5);
	});

	it("keeps a line's worth of the first frameworks when there are many, and at least one", () => {
		const forty = Array.from({ length: 40 }, (_, i) => `Framework ${i + 1}`);
		const fit = togglesThatFit(forty);
		expect(fit).toBeGreaterThanOrEqual(2);
		expect(fit).toBeLessThan(6);
		expect(togglesThatFit(["A name far longer than any line of a toolbar could ever hold in one go", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"])).toBe(1);
	});

	it("counts a wide (CJK) character as two, as the toolbar draws it", () => {
		expect(togglesThatFit(["React", "Vue", "Svelte", "Solid", "Qwik", "Lit"])).toBe(6);
		const wide = ["前端框架甲", "前端框架乙", "前端框架丙", "前端框架丁", "前端框架戊", "前端框架己"];
		expect(togglesThatFit(wide)).toBeLessThan(6);
		expect(togglesThatFit(wide.slice(0, 3))).toBe(3);
	});
});
