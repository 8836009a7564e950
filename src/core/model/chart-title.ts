// "RESNET-50 Training Performance (images/sec, higher is better)" -> title,
// unit and which direction is better.
import type { Better } from "./types";

export interface ChartTitle {
	title: string | null;
	unit: string | null;
	better: Better | null;
}

// Read by scanning, not by patterns with adjacent `\s*`: a title of many spaces must cost one pass.
const COMPARATIVES = new Set(["higher", "more", "greater", "bigger", "larger", "lower", "less", "fewer", "smaller"]);
const HIGHER = new Set(["higher", "more", "greater", "bigger", "larger"]);
const LINKS = new Set(["is", "=", "are"]);
const SEPARATORS = ",;:–—-";

/** "higher is better", "less = better", "smaller better": which way is better, or null. */
function betterPhrase(part: string): Better | null {
	const words = part.toLowerCase().replace(/=/g, " = ").split(/\s+/).filter((word) => word !== "");
	const [comparative, middle, last] = words;
	if (comparative === undefined || !COMPARATIVES.has(comparative)) return null;
	const phraseEnds = words.length === 2 ? middle === "better" : words.length === 3 && LINKS.has(middle ?? "") && last === "better";
	if (!phraseEnds) return null;
	return HIGHER.has(comparative) ? "higher" : "lower";
}

/** "Title (unit, higher is better)": the last "(" whose group holds no other bracket and ends the line. */
function trailingGroup(text: string): { before: string; inside: string } | null {
	if (!text.endsWith(")")) return null;
	const open = text.lastIndexOf("(", text.length - 2);
	if (open < 0) return null;
	const inside = text.slice(open + 1, -1);
	return inside.includes(")") ? null : { before: text.slice(0, open), inside };
}

export function parseChartTitle(line: string): ChartTitle {
	const text = line.trim();
	if (text === "") return { title: null, unit: null, better: null };
	const group = trailingGroup(text);
	if (group) {
		const parts = group.inside.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "");
		let better: Better | null = null;
		const unitParts: string[] = [];
		for (const part of parts) {
			const way = betterPhrase(part);
			if (way !== null) better = way;
			else unitParts.push(part);
		}
		const title = group.before.trim();
		return { title: title === "" ? null : title, unit: unitParts.length > 0 ? unitParts.join(", ") : null, better };
	}
	// "Build time - smaller is better": the phrase after the last separator.
	let separator = -1;
	for (let i = text.length - 1; i >= 0 && separator < 0; i--) if (SEPARATORS.includes(text[i] as string)) separator = i;
	const way = separator < 0 ? null : betterPhrase(text.slice(separator + 1));
	if (way !== null) return { title: text.slice(0, separator).trim() || null, unit: null, better: way };
	return { title: text, unit: null, better: null };
}
