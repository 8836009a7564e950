// The `framework-compare` command line. Kept as `main(argv) => exit code` so
// tests can call it in-process.
const USAGE = `Usage: framework-compare <command> [options]

Commands:
  inspect NOTE.md [NOTE.md ...] [--vault DIR]
      Print the note's comparison model as JSON (an array for several notes).
      --vault defaults to the nearest folder above NOTE that holds .obsidian/,
      else NOTE's own folder.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
`;

export interface CliIO {
	out: (text: string) => void;
	err: (text: string) => void;
}

const processIO: CliIO = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
	const [command] = argv;
	if (command === undefined || command === "-h" || command === "--help" || command === "help") {
		io.out(USAGE);
		return 0;
	}
	if (command === "-v" || command === "--version") {
		io.out("0.1.0\n");
		return 0;
	}
	io.err(`framework-compare: unknown command "${command}"; see --help\n`);
	return Promise.resolve(1);
}
