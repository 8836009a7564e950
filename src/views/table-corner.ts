// What a table's corner cell says once the table is transposed. Pure: no DOM.
//
// The corner is the table's stub head: it names the row labels below it (the
// Chicago Manual of Style's rule for the stub, and what pandas does when it
// transposes, moving the index's name with the index). Transposing puts the
// former column titles down the side, so the written word would name the
// wrong axis: "Framework" over rows of Language, License, Stars. Spreadsheets
// leave the cell as it was (a transpose there is a paste, not a view); a view
// that can turn back can say what its side holds now and give the written
// word back when it turns back.

/** The words the corner uses when the note gives none. */
export const ATTRIBUTES_WORD = "Feature";
export const FRAMEWORKS_WORD = "Framework";

export interface CornerFacts {
	/** The corner as written (markup removed). */
	written: string;
	/** Which side the table's frameworks stand on as written. */
	axis: "rows" | "columns";
	/** The corner is itself a framework's name (`| Azure | AWS | Details |`): a column title, not a stub head. */
	isFramework: boolean;
}

/**
 * The corner's text when transposed, or null to keep what the note wrote. An
 * empty corner stays empty (the note names neither side). Frameworks written
 * down the side become columns, and the side then holds their attributes:
 * "Feature", as a comparison matrix's corner says. Attributes written down the
 * side give way to the frameworks: named with the note's own word for them
 * (`noteWord`, from another of its tables), else "Framework".
 */
export function transposedCorner(facts: CornerFacts, noteWord: string | null): string | null {
	if (facts.isFramework || facts.written.trim() === "") return null;
	if (facts.axis === "rows") return ATTRIBUTES_WORD;
	return noteWord?.trim() || FRAMEWORKS_WORD;
}

/**
 * The note's word for the things it compares: the corner of its first table
 * that lists them down its first column (`| Database | License |` says
 * "Database"). Other corners name attributes ("Use Case", "Metric"), one
 * table's each, so they say nothing about another table's side.
 */
export function noteFrameworksWord(tables: readonly { header: readonly string[]; frameworkAxis: string; nameColumn: number }[]): string | null {
	for (const table of tables) {
		const corner = table.header[0]?.trim() ?? "";
		if (table.frameworkAxis === "rows" && table.nameColumn === 0 && corner !== "") return corner;
	}
	return null;
}
