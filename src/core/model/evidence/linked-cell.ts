import { normalizeName, squeezed } from "./names";
import type { NameRule } from "./rule";

/**
 * Lists of projects link each name to its home: a site or a repository.
 * A link into documentation (a relative page, a #section) is how features
 * are linked, so it counts for less.
 */
const HOME = /^https?:\/\/[^/?#\s]+(?:\/[^/?#\s]+){0,2}\/?$/i;

/** The link when it leads to a site or repository of its own (`https://github.com/o/r`), not to a page, an issue or a section. */
export function homeOf(href: string | null): string | null {
	return href !== null && HOME.test(href) ? href : null;
}
/** On a code host, one path segment is a person or an organisation; a project is owner/repo. */
const PROFILE = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^/?#\s]+\/?$/i;

/** The page's name: "docs/rules/no-null.md#options" → "no-null". */
function pageName(href: string): string {
	const path = href.replace(/[?#].*$/, "").replace(/\/+$/, "");
	const last = path.slice(path.lastIndexOf("/") + 1).replace(/\.[a-z]{1,5}$/i, "");
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

/**
 * Whether the link's section (after `#`) opens with the cell's name, or with its last dotted part
 * (`raft-engine.batch-compression-threshold` at `#batch-compression-threshold`).
 */
function sectionNames(href: string, text: string): boolean {
	// `[Hugo](#hugo)`: the note's own section on a thing it compares, as comparisons link their rows.
	const hash = href.indexOf("#");
	if (hash <= 0) return false;
	let section = href.slice(hash + 1);
	try {
		section = decodeURIComponent(section);
	} catch {
		// A stray "%" leaves the section as written.
	}
	const anchor = squeezed(section);
	const name = squeezed(text);
	const last = squeezed(text.slice(text.lastIndexOf(".") + 1));
	return (name.length >= 3 && anchor.startsWith(name)) || (last.length >= 3 && anchor.startsWith(last));
}

export const linkedCell: NameRule = (label) => {
	const { linked, href, page } = label.cell;
	if (!linked) return null;
	// "[no-null](docs/rules/no-null.md)": an item with its own page in this project's reference, not a product of its own.
	if (href !== null && page && normalizeName(pageName(href)) === normalizeName(label.cell.text)) {
		return { rule: "linked-cell", score: -1, reason: "links to its own page in this document's site: an item documented here" };
	}
	// "[`enable-telemetry`](/pd-configuration-file.md#enable-telemetry)": a section of this site's reference named as the cell is.
	if (href !== null && page && sectionNames(href, label.cell.text)) {
		return { rule: "linked-cell", score: -1, reason: "links to its own section of a page in this document's site: an item documented here" };
	}
	if (href !== null && PROFILE.test(href)) return { rule: "linked-cell", score: -0.5, reason: "links to a person's or organisation's profile" };
	if (href !== null && HOME.test(href)) return { rule: "linked-cell", score: 1.5, reason: "links to a site or repository of its own" };
	return { rule: "linked-cell", score: 0.5, reason: "the cell is a link" };
};
