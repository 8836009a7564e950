import type { NoteAnchors } from "./note-anchors";

/** What the note model needs from a vault: plain strings in, vault paths out. */
export interface LinkResolver {
	/** A note's headings and block ids, or null when they are not known (then no subpath is reported missing). */
	anchorsOf?(path: string): NoteAnchors | null;
	/** The vault path a link opens, or null. `target` is the link's path part, no subpath. */
	resolve(target: string, sourcePath: string): string | null;
	/** The note a bare name ("PyTorch") stands for, by file name or alias, or null. */
	findNoteByName(name: string): string | null;
}

/** For notes read without any vault: only `[[#Heading]]` resolves (to the note itself). */
export const NO_VAULT: LinkResolver = {
	resolve: (target, sourcePath) => (target === "" ? sourcePath : null),
	findNoteByName: () => null,
};
