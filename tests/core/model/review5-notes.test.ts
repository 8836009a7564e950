// Ordinary notes written in issue 12's fifth review round (tests/fixtures/review5), after the rules
// merged in b233148, each beside the reading written before the detector ran on it. Approval-style,
// as tests/core/model/review3-notes.test.ts: the notes still read wrong are listed, each with why,
// so a change that breaks a note or mends a miss fails here until the list says so.
import { join } from "node:path";
import { describeApprovedNotes } from "./approved-notes";

const FOLDER = join(__dirname, "..", "..", "fixtures", "review5");

/** The notes still read wrong, and why no general rule mends them yet. */
const KNOWN_MISSES: Record<string, string> = {
	"es-streaming": "no toolbar: the services have no evidence of their own, and rows-kind takes back what the values gave, as the title names the things `Plataformas` while the top-left cell says `Servicio` (only what the words mean makes them one kind)",
	"ja-suihanki": "no toolbar: a grid of ◎○△× marks says nothing of its direction, and the makers across (象印, タイガー, パナソニック) have no evidence of their own in a Japanese note; judged-across asks criteria written in more words than the header, and 味, 手入れ, 保温 are shorter than タイガー, パナソニック (a list of names as short as the header is as likely the things)",
	"parameters": "wrong toolbar: values alike down each column (value-kinds, 2) decide the rows alone, named-kind adds its 1 under the title *Parameters*; with named-kind off it is still read so. Leaving one table with no name of evidence of its own alone was tried in an earlier round and cost six corpus documents",
	"shop-prices": "no toolbar: shops across over prices of one basket, rows of items; nothing tells either side's labels as names (the values are alike both ways)",
	"weekly-groceries": "wrong toolbar: values alike down each column (value-kinds, 2) decide the rows alone (named-kind adds its 1 under *Weekly groceries*; off, the list is still read so): the same shape as a shortlist of things over a price, told apart only by what the words mean",
	"zh-biji-ruanjian": "no toolbar: the title names the things 软件 (software) and the top-left cell 应用 (app), so rows-kind takes back what the values and currency-across gave; only what the words mean makes them one kind",
};

describeApprovedNotes({
	title: "review5 notes",
	folder: FOLDER,
	notes: 30,
	comparingNothing: 15,
	knownMisses: KNOWN_MISSES,
	// The first run, after the rules merged in b233148: 19 of 30 exact, precision 0.610.
	// 0.610 until named-kind left a table of text pairing each row with a name alone (team-members) and
	// currency-across left a budget's categories alone (es-presupuesto-mensual): 21 of 30, precision 0.758.
	// 0.757 until a grid of marks with more criteria down than cells across read its header as the things compared
	// (judged-across: de-cloudspeicher, pl-menedzery-hasel): 23 of 30, precision 0.795.
	precision: 0.794,
});
