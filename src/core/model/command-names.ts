// A benchmark that times command lines (hyperfine's `Command | Mean [ms] | …`) runs each
// tool on one input: `rg TODO`, `ag TODO`, `grep -r TODO .`, or a pipeline feeding each
// tool the same data, `echo '[1, 2]' | jq '.[0]'` beside `echo '[1, 2]' | jql '[0]'`. What
// every command shares is the case; what differs is the tool. So the stage of the pipeline
// in which the commands differ, without the words every command writes there, names the
// program each runs. One pass over the commands' words, and plain strings in and out.
import { programOf, programShaped } from "./evidence/names";

/** A shell word: quoted text with its quotes, or a run of characters that are neither space nor quote. */
const WORD = /'[^']*'|"[^"]*"|[^\s'"]+/g;

/** A command's stages, each as its words: `echo 'a | b' | jq .` is `[["echo", "'a | b'"], ["jq", "."]]`. */
function stagesOf(command: string): string[][] {
	const stages: string[][] = [[]];
	for (const match of command.matchAll(WORD)) {
		const word = match[0];
		if (word === "|") stages.push([]);
		else (stages[stages.length - 1] as string[]).push(word);
	}
	return stages;
}

/**
 * The program each command runs, or null for all of them when the commands do not differ
 * in one stage alone, or when what is left of a stage is no program with its arguments:
 * `rg` of `rg TODO` beside `ag TODO`, `jq` of `echo '[1]' | jq 'flatten'` beside
 * `echo '[1]' | jql '..'`, `git grep` of `git grep TODO` (a program and what it runs).
 */
export function programsOfCommands(commands: readonly string[]): (string | null)[] | null {
	if (commands.length < 2) return null;
	const staged = commands.map(stagesOf);
	const depth = (staged[0] as string[][]).length;
	if (staged.some((stages) => stages.length !== depth)) return null;
	let differing = -1;
	for (let s = 0; s < depth; s++) {
		const first = (staged[0] as string[][])[s]?.join(" ");
		if (staged.every((stages) => stages[s]?.join(" ") === first)) continue;
		if (differing >= 0) return null;
		differing = s;
	}
	if (differing < 0) return null;
	const words = staged.map((stages) => stages[differing] as string[]);
	// The words every command writes in that stage (`TODO`, the same input file) are the case.
	const shared = new Set(words[0]);
	for (const stage of words.slice(1)) {
		const here = new Set(stage);
		for (const word of shared) if (!here.has(word)) shared.delete(word);
	}
	// One program run every time (`npm install` beside `npm ci`) compares its own ways of running: read whole.
	if (words.every((stage) => shared.has(stage[0] as string))) return null;
	const programs = words.map((stage) => {
		const rest = stage.filter((word) => !shared.has(word));
		if (rest.length === 0) return null;
		if (rest.length === 1) return programShaped(rest[0] as string) ? (rest[0] as string) : null;
		// A program with its arguments, or a program and the bare word it runs (`git grep`), with arguments or without.
		const program = programOf(rest.join(" "));
		if (program !== null) return program;
		if (!programShaped(rest[0] as string)) return null;
		const run = rest.length === 2 ? (programShaped(rest[1] as string) ? (rest[1] as string) : null) : programOf(rest.slice(1).join(" "));
		return run === null ? null : `${rest[0]} ${run}`;
	});
	return programs.some((program) => program === null) ? null : programs;
}
