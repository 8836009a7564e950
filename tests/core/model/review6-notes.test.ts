// Ordinary notes written for issue 12's precision work on tables of items (tests/fixtures/review6),
// each beside the reading written before the detector ran on it. Approval-style, as
// tests/core/model/review5-notes.test.ts: the notes still read wrong are listed, each with why, so a
// change that breaks a note or mends a miss fails here until the list says so.
import { join } from "node:path";
import { describeApprovedNotes } from "./approved-notes";

const FOLDER = join(__dirname, "..", "..", "fixtures", "review6");

/** The notes still read wrong, and why no general rule mends them yet. */
const KNOWN_MISSES: Record<string, string> = {
	"choir-contacts": "wrong toolbar: singers with voice, phone and e-mail read as rows by corner-word and shared-values (voices repeat), one singer linked; the lifts table echoes them",
	"dashboard-warning-lights": "wrong toolbar: fault codes `P0420`, `U0100` are spelled as model codes (name-shape), so the codes read as names",
	"es-salas-congreso": "wrong toolbar: the rooms of one building, values alike down each column (value-kinds) and the title naming `Salas` (named-kind); nothing in the table says they are one building's",
	"it-preventivi-caldaia": "no toolbar: three installers across over cost lines, none with evidence of its own; value-kinds alone (0.8) is below what decides",
	"lab-reagent-inventory": "wrong toolbar: freezer boxes `A1`, `A2`, `B1` spelled as model codes (name-shape)",
};

describeApprovedNotes({
	title: "review6 notes",
	folder: FOLDER,
	notes: 24,
	comparingNothing: 16,
	knownMisses: KNOWN_MISSES,
	// The first run, before any change of this round: 16 of 24 exact, precision 0.382.
	// 0.382 until summed-lines read lines adding up to a total line as parts of a whole (fr-liste-valise,
	// pl-wydatki-remont): 18 of 24, precision 0.488; 0.488 until dated-lines read a field of days as a log's
	// (nl-planten-water): 19 of 24, precision 0.553.
	precision: 0.552,
});
