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
	"japanese-verbs": "wrong toolbar (shared-values): `godan | godan` down the Group column reads as a category the verbs share, and the title `Verbs, lesson 7` names the kind the top-left cell gives the rows, so its guard lets it speak; a vocabulary list and a shortlist have the same shape there",
};

describeApprovedNotes({
	title: "precision notes",
	folder: FOLDER,
	notes: 20,
	comparingNothing: 10,
	knownMisses: KNOWN_MISSES,
	// The first run, after the rules of this round: 17 of 20 exact, precision 0.893.
	// 0.89 until words the things compared share (shared-values) took lernmethoden's methods.
	// Latin labels in a note whose own text is in Latin script stopped counting as a script's contrast
	// (script-contrast), but shared-values reads `godan | godan` down japanese-verbs' Group column as a
	// category its verbs share, and the title `Verbs` names the rows' kind, so the toolbar came back.
	precision: 0.875,
});
