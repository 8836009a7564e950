// "RESNET-50 Training Performance (images/sec, higher is better)" -> title,
// unit and which direction is better.
import type { Better } from "./types";

export interface ChartTitle {
	title: string | null;
	unit: string | null;
	better: Better | null;
}

const BETTER = /^(higher|more|greater|bigger|larger|lower|less|fewer|smaller)\s*(?:is|=|are)?\s*better$/i;
const HIGHER = /^(higher|more|greater|bigger|larger)/i;
const TRAILING_BETTER = /\s*[,;:–—-]\s*((?:higher|more|greater|bigger|larger|lower|less|fewer|smaller)\s*(?:is|=|are)?\s*better)\s*$/i;

function direction(phrase: string): Better {
	return HIGHER.test(phrase) ? "higher" : "lower";
}

export function parseChartTitle(line: string): ChartTitle {
	const text = line.trim();
	if (text === "") return { title: null, unit: null, better: null };
	const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
	if (paren) {
		const parts = (paren[2] ?? "").split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "");
		let better: Better | null = null;
		const unitParts: string[] = [];
		for (const part of parts) {
			if (BETTER.test(part)) better = direction(part);
			else unitParts.push(part);
		}
		const title = (paren[1] ?? "").trim();
		return { title: title === "" ? null : title, unit: unitParts.length > 0 ? unitParts.join(", ") : null, better };
	}
	const trailing = TRAILING_BETTER.exec(text);
	if (trailing) {
		return { title: text.slice(0, trailing.index).trim() || null, unit: null, better: direction(trailing[1] ?? "") };
	}
	return { title: text, unit: null, better: null };
}
