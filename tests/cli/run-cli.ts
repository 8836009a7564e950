import { main } from "../../src/cli/index";

/** Runs the command line in-process and captures what it writes. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}
