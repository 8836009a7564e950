// Labels that name a measure: a unit in brackets ("Time (ms)", "Size [KB]"), a
// rate ("ops/sec", "req/s") or a percentage. Measures are attributes: the
// things measured stand on the other side.
import { VERSION_TOKEN } from "./names";

const BRACKETED = /[([]([^()[\]]{1,14})[)\]]/g;
/** A bracketed word closing a label: `(gcc)` of `C++ (gcc)`. */
export const BRACKETED_TAIL = /[([]([^()[\]]{1,14})[)\]]$/;
// "ms", "s", "µs", "KB", "MB/s", "Mbps", "ops/s", "%": short lower-case units, byte sizes, anything with a rate or a percent.
// "(beta)" and "(legacy)" are qualifiers, not units; so is "(OCaml / Elm)", names side by side.
const UNIT = /^(?:[\p{Ll}µ°²³]{1,3}|[KMGTP]i?B(?:\/s)?|[kMG]?bps|[^()[\]\s]*[/%][^()[\]\s]*)$/u;
// A rate is per a unit of time or per operation ("ops/sec", "ns/op"); "klona/lite" is a package's subpath.
const RATE = /(?:^|[\s(])[\p{Ll}]{1,7}\/(?:[nµum]?s|secs?|seconds?|min|h|hr|hours?|days?|op|iter|call|run|req|request)(?:$|[\s),])/u;

export function namesMeasure(label: string): boolean {
	if (label.includes("%") || RATE.test(label)) return true;
	for (const match of label.matchAll(BRACKETED)) {
		const inside = (match[1] ?? "").trim();
		if (inside !== "" && !VERSION_TOKEN.test(inside) && UNIT.test(inside)) return true;
	}
	return false;
}
