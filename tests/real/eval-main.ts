// `npm run eval`: the detector's figures on the real-document corpus.
import { formatCorpusScore } from "./corpus";
import { runCorpus } from "./run-corpus";

const verbose = process.argv.includes("--verbose");
const folderArg = process.argv.find((arg) => arg.startsWith("--folder="));
runCorpus(folderArg?.slice("--folder=".length)).then(
	(score) => console.log(formatCorpusScore(score, verbose)),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	},
);
