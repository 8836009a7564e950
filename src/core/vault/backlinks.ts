// The notes that link to a note, from what Obsidian's metadata cache already
// counts (`resolvedLinks`: source -> destination -> count), plus the links it
// leaves unresolved that reach the note through one of its aliases
// (`[[JAX Comparison]]`), which only the plugin's index resolves.
export type LinkCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * For each of `targets` (vault paths), the paths of the notes linking to it, sorted.
 * A note's links to itself are left out. Reads every source's links once.
 */
export function gatherBacklinks(
	targets: readonly string[],
	resolvedLinks: LinkCounts,
	unresolvedLinks: LinkCounts,
	/** The vault path an unresolved link text reaches from `sourcePath`, through aliases; null for none. */
	resolveUnresolved: (linktext: string, sourcePath: string) => string | null,
): Map<string, string[]> {
	const found = new Map<string, Set<string>>(targets.map((path) => [path, new Set<string>()]));
	const add = (target: string, source: string) => {
		if (target !== source) found.get(target)?.add(source);
	};
	for (const [source, destinations] of Object.entries(resolvedLinks)) {
		for (const [destination, count] of Object.entries(destinations)) if (count > 0) add(destination, source);
	}
	for (const [source, linktexts] of Object.entries(unresolvedLinks)) {
		for (const [linktext, count] of Object.entries(linktexts)) {
			if (count <= 0) continue;
			const hash = linktext.indexOf("#");
			const target = resolveUnresolved(hash < 0 ? linktext : linktext.slice(0, hash), source);
			if (target !== null) add(target, source);
		}
	}
	return new Map([...found].map(([target, sources]) => [target, [...sources].sort((a, b) => a.localeCompare(b))]));
}
