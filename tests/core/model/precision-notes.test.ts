// Ordinary notes written after the rules of issue 12's precision round (tests/fixtures/precision),
// each beside the reading written and committed before the detector ran on it: the check that
// those rules (releases-of-one, rows-kind) hold on notes they were not built from. Approval-style,
// as tests/core/model/ordinary-notes.test.ts: the notes still read wrong are listed, each with
// why, so a change that breaks a note or mends a miss fails here until the list says so.
import { join } from "node:path";
import { describeApprovedNotes } from "./approved-notes";

const FOLDER = join(__dirname, "..", "..", "fixtures", "precision");

/** The notes still read wrong, and why no general rule mends them yet. */
const KNOWN_MISSES: Record<string, string> = {
	"index-funds-fr": "no toolbar: the funds' names are long (`BNP Paribas Easy MSCI World` reads as a phrase) and nothing else speaks for them; the values are of one kind neither way",
	lernmethoden: "no toolbar: three methods across with German criteria down, all words; nothing but `Feynman-Methode`'s dash speaks for the methods",
};

describeApprovedNotes({
	title: "precision notes",
	folder: FOLDER,
	notes: 20,
	comparingNothing: 10,
	knownMisses: KNOWN_MISSES,
	// The first run, after the rules of this round: 17 of 20 exact, precision 0.893.
	// 0.893 until Latin labels in a note whose own text is in Latin script stopped counting as a script's contrast (script-contrast: japanese-verbs).
	precision: 1,
});
