import type { NameRule } from "./rule";

/**
 * Lists of projects link each name to its home: a site or a repository.
 * A link into documentation (a relative page, a #section) is how features
 * are linked, so it counts for less.
 */
const HOME = /^https?:\/\/[^/?#\s]+(?:\/[^/?#\s]+){0,2}\/?$/i;
/** On a code host, one path segment is a person or an organisation; a project is owner/repo. */
const PROFILE = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^/?#\s]+\/?$/i;

export const linkedCell: NameRule = (label) => {
	const { linked, href } = label.cell;
	if (!linked) return null;
	if (href !== null && PROFILE.test(href)) return { rule: "linked-cell", score: -0.5, reason: "links to a person's or organisation's profile" };
	if (href !== null && HOME.test(href)) return { rule: "linked-cell", score: 1.5, reason: "links to a site or repository of its own" };
	return { rule: "linked-cell", score: 0.5, reason: "the cell is a link" };
};
