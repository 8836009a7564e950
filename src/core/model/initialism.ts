// "Network Access Control Lists (NACLs)", "Amazon Web Services (AWS)": a name written with
// its initials in brackets declares the initials as another name of the same thing, so a
// later table writing plain `NACLs` or `AWS` means it too. The brackets are read as such only
// when the initials are exactly the capitals that open the name's words (a plural `s` may
// follow): `PyTorch (Meta)` names a maker, `Chrome (desktop)` a variant, and neither is
// folded with anything. The principle is the writer's own: whoever spells a name out and puts
// its short form beside it tells the reader the two are one.

/** A short form: capitals and digits, the first a capital, maybe a plural `s` after them. */
const SHORT_FORM = /^(\p{Lu}[\p{Lu}\d]{1,9})s?$/u;

/** The capitals that open the words of a name ("Server-Side Rendering" -> "SSR"). */
function initialsOf(name: string): string {
	let initials = "";
	let atStart = true;
	for (const ch of name) {
		if (ch === " " || ch === "-") {
			atStart = true;
			continue;
		}
		if (atStart && /\p{Lu}/u.test(ch)) initials += ch;
		atStart = false;
	}
	return initials;
}

/**
 * The short form a label gives in brackets after its words, whether or not they spell it:
 * `État de lien (OSPF)` -> OSPF, `XXH3 (SSE2)` -> SSE2. Null when it gives none.
 */
export function bracketedShortForm(label: string): { name: string; short: string; capitals: string } | null {
	const text = label.trim();
	if (!text.endsWith(")")) return null;
	const open = text.lastIndexOf(" (");
	if (open <= 0) return null;
	const inside = text.slice(open + 2, -1);
	const short = SHORT_FORM.exec(inside);
	if (short === null) return null;
	return { name: text.slice(0, open), short: inside, capitals: short[1] as string };
}

/** The initials a label gives in brackets after its name, or null when it gives none. */
export function initialismOf(label: string): string | null {
	const form = bracketedShortForm(label);
	if (form === null) return null;
	// Two words at least: a name of one word has no initials to give.
	if (!form.name.includes(" ") && !form.name.includes("-")) return null;
	return initialsOf(form.name) === form.capitals ? form.short : null;
}
