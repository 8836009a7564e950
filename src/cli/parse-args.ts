import type { Result } from "../core";
import type { InspectOptions } from "./inspect";

export function parseInspectArgs(args: readonly string[]): Result<InspectOptions & { help: boolean }, string> {
	const notes: string[] = [];
	let vault: string | null = null;
	let help = false;
	let explain = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] as string;
		if (arg === "--vault") {
			const value = args[i + 1];
			if (value === undefined || value === "") return { ok: false, issues: ["--vault needs a folder"] };
			vault = value;
			i++;
		} else if (arg.startsWith("--vault=")) {
			vault = arg.slice("--vault=".length);
			if (vault === "") return { ok: false, issues: ["--vault needs a folder"] };
		} else if (arg === "-h" || arg === "--help") help = true;
		else if (arg === "--explain") explain = true;
		else if (arg === "--") notes.push(...args.slice(i + 1));
		else if (arg.startsWith("-") && arg !== "-") return { ok: false, issues: [`unknown option ${arg}; see --help`] };
		else notes.push(arg);
		if (arg === "--") break;
	}
	if (!help && notes.length === 0) return { ok: false, issues: ["inspect needs at least one NOTE.md; see --help"] };
	return { ok: true, value: { notes, vault, explain, help } };
}
