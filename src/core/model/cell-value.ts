// Placeholder until the shared cell reader lands: numbers, percents, checks and missing values.
export type CellValue =
	| { kind: "number"; value: number; unit: string | null }
	| { kind: "percent"; value: number }
	| { kind: "check"; value: boolean | "partial" }
	| { kind: "rating"; value: number }
	| { kind: "version"; value: string }
	| { kind: "date"; value: string }
	| { kind: "missing" }
	| { kind: "text"; value: string };

const MISSING = /^(?:n\/?a|—|–|-+|\?|none|null|tbd|unknown)?$/i;
const NUMBER = /^[~≈]?([+-]?\d[\d,]*(?:\.\d+)?)([a-zA-Z/%]{0,8})$/;
const CHECK = /^(?:✓|✔|✔️|✅|☑|❌|✗|✘|⚠️|yes|no)$/i;

export function readCell(text: string): CellValue {
	const cell = text.trim();
	if (MISSING.test(cell)) return { kind: "missing" };
	if (CHECK.test(cell)) return { kind: "check", value: /^(✓|✔|✔️|✅|☑|yes)$/i.test(cell) };
	const number = NUMBER.exec(cell.replace(/ /g, ""));
	if (number) return number[2] === "%" ? { kind: "percent", value: Number(number[1]!.replace(/,/g, "")) } : { kind: "number", value: Number(number[1]!.replace(/,/g, "")), unit: number[2] || null };
	return { kind: "text", value: cell };
}
