/** Where the command line writes, so tests can capture it. */
export interface CliIO {
	out: (text: string) => void;
	err: (text: string) => void;
}
