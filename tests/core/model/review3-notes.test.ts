// Ordinary notes written in issue 12's third review round (tests/fixtures/review3), after the
// round's mends, each beside the reading written before the detector ran on it. Approval-style,
// as tests/core/model/review2-notes.test.ts: the notes still read wrong are listed, each with
// why, so a change that breaks a note or mends a miss fails here until the list says so.
import { join } from "node:path";
import { describeApprovedNotes } from "./approved-notes";

const FOLDER = join(__dirname, "..", "..", "fixtures", "review3");

/** The notes still read wrong, and why no general rule mends them yet. */
const KNOWN_MISSES: Record<string, string> = {
	"carcassonne-scores": "wrong toolbar: friends linked as [[Mara]] across over numbered rounds; the links alone speak for them, and cases-measured reads the rounds as cases they were measured on (review2's game-night-scores has the same shape; only the words tell players from tools run on numbered tests)",
	"it-passeggini": "no toolbar: the strollers down the rows have no evidence of their own, and the values give the rows no hint: the cell reader reads neither a decimal comma (`11,9 kg`) nor a price with its sign after it (`449 €`), so the columns do not read as one kind each",
};

describeApprovedNotes({
	title: "review3 notes",
	folder: FOLDER,
	notes: 20,
	comparingNothing: 8,
	knownMisses: KNOWN_MISSES,
	// The first run, after this round's mends: 15 of 20 exact, precision 0.844.
	// 0.844 until shared-values (merged beside this round) ended italian-vocab's wrong toolbar: 16 of 20, precision 0.900.
	// 0.900 until phrase-rows (feature phrases down a grid of marks) mended commute-apps-casual: 17 of 20, precision 0.909.
	// 0.909 until a number before words written as a title (`7 Wonders Duel`) stopped reading as a value (value-label): 18 of 20, precision 0.9167.
	precision: 0.916,
});
