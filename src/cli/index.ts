// The `framework-compare` command line. Kept as `main(argv) => exit code` so
// tests can call it in-process.
import { CliError, inspect, oneLine } from "./inspect";
import type { CliIO } from "./io";
import { parseInspectArgs } from "./parse-args";
import { VERSION } from "./version";

export type { CliIO } from "./io";

const USAGE = `Usage: framework-compare <command> [options]

Commands:
  inspect NOTE.md [NOTE.md ...] [--vault DIR] [--explain]
      Print the note's comparison model as JSON (an array for several notes).
      --vault defaults to the nearest folder above NOTE that holds .obsidian/,
      else NOTE's own folder.
      --explain adds "explain": per table and chart, each side's score and
      the evidence behind it, and every label's evidence.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
`;

const processIO: CliIO = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === "-h" || command === "--help" || command === "help") {
		io.out(USAGE);
		return 0;
	}
	if (command === "-v" || command === "--version") {
		io.out(`${VERSION}\n`);
		return 0;
	}
	if (command !== "inspect") {
		io.err(oneLine(`unknown command "${command}"; see --help`));
		return 1;
	}
	const parsed = parseInspectArgs(rest);
	if (!parsed.ok) {
		io.err(oneLine(parsed.issues.join("; ")));
		return 1;
	}
	if (parsed.value.help) {
		io.out(USAGE);
		return 0;
	}
	try {
		return (await inspect(parsed.value, io)) ? 0 : 1;
	} catch (error) {
		// Anything else is a bug; the user still gets one line, not a stack trace.
		io.err(oneLine(error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`));
		return 1;
	}
}
