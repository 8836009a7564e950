// Ordinary notes written in issue 12's eighth review round (tests/fixtures/review8), aimed at the
// edges of the rules added in the round that ends at f4110c1 (code-literals, counted-items,
// subject-in-values, reading-list, row-home, support-list, api-members, same-corner, framed-plot,
// operation-grid's longer operations, bars drawn with symbols, bar charts' per-group case, the
// script-only case reading, headOf's `Standard - IA`), each beside the reading written before the
// detector ran on it. Approval-style, as tests/core/model/review7-notes.test.ts: the notes still read
// wrong are listed, each with why, so a change that breaks a note or mends a miss fails here until the
// list says so. None of the misses is caused by a rule of that round: each note reads the same way
// at d5e9c8a, before the round, except fr-progression-habitudes, which the round mended.
import { join } from "node:path";
import { describeApprovedNotes } from "./approved-notes";

const FOLDER = join(__dirname, "..", "..", "fixtures", "review8");

/** The notes still read wrong, and why no general rule mends them yet. */
const KNOWN_MISSES: Record<string, string> = {
	"de-handytarife-symbole": "toolbar taken away: three carriers across (Telekom, Vodafone, O2) with 🟩⬜ bars in the cells; the same table with words (sehr gut/gut/mittel) is missed too: three short header names and three criteria give no rule enough (name-shape 0.5 for O2 only); not a rule of this round",
	"editor-star-chart": "toolbar taken away: a star chart (★☆) of three editors under two criteria is read as bars (bar-lines' symbols, per group), but chart-rows' 0.5 alone names nothing; the same chart drawn with █░ is missed as well, so it is chart naming, not the symbols",
	"en-course-grades-standard": "wrong toolbar: one student's subjects (Maths AA, Physics …) with levels `Standard - IA` read as names by value-kinds and named-kind (the title says \"subjects\", the corner \"Subject\"); headOf is not involved (the levels are values); records of one person, told from a comparison only by what the words mean",
	"it-supporto-browser": "wrong toolbar: one app's support over browsers (Browser | Versione minima | Supportato) read as browsers compared by value-kinds, named-kind (title says browser), label-length and corner-word; support-list does not speak (one sì/parziale column, not a matrix); the same shape as compat-min-versions, which does compare bundlers, so only the note's subject (\"our app\") tells them apart",
	"ja-smartphone-hikaku": "half read: iPhone 16 and Pixel 9 kept as iPhone and Pixel (a trailing model number taken for a version), while Galaxy S25 keeps its model code; a name-level miss older than this round",
};

describeApprovedNotes({
	title: "review8 notes",
	folder: FOLDER,
	notes: 20,
	comparingNothing: 8,
	knownMisses: KNOWN_MISSES,
	// The first run, after f4110c1: 15 of 20 exact, precision 0.783, recall 0.818, axes 81.0 %
	// (at d5e9c8a, before the round: 14 of 20, precision 0.735).
	precision: 0.78,
});
