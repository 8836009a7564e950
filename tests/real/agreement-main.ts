// `npm run agreement`: how often two careful readings of a corpus document agree, and how the
// detector does on the documents they agree on.
import { formatAgreement, readingAgreements } from "./agreement";
import { runCorpus } from "./run-corpus";

const verbose = process.argv.includes("--verbose");
runCorpus().then(
	(score) => console.log(formatAgreement(readingAgreements(), score.scores, verbose)),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	},
);
