// Runs every corpus document through `framework-compare inspect`, in-process and
// in one call, as a reader of the command line would: the corpus folder is the vault.
import { main } from "../../src/cli/index";
import type { Note } from "../../src/core";
import { type CorpusScore, corpusDocuments, scoreCorpus, scoreDocument } from "./corpus";

export async function runCorpus(folder?: string): Promise<CorpusScore> {
	const documents = corpusDocuments(folder);
	let out = "";
	let err = "";
	const code = await main(["inspect", ...documents.map((d) => d.file)], { out: (t) => (out += t), err: (t) => (err += t) });
	if (code !== 0) throw new Error(`inspect failed: ${err}`);
	const parsed = JSON.parse(out) as Note | Note[];
	const notes = Array.isArray(parsed) ? parsed : [parsed];
	return scoreCorpus(documents.map((document, i) => scoreDocument(document, notes[i])));
}
