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
/**
 * What a short word in small letters in brackets must be to be a unit: units of time, size, rate, length, mass,
 * power and money as the metric system and computing write them, and the statistics a measure is taken as
 * (`Latency (avg)`, `NSMC (acc)`). `npx (npm)`, `C++ (gcc)`, `Vite (swc)` name a thing and what it comes from or
 * runs on: a program's name is as short and as small.
 */
const SHORT_UNITS = new Set(
	"s ms ns µs us sec min h hr d k m b g kb mb gb tb nm µm mm cm km kg mg t l ml w kw mw v mv a ma hz db px pt em dpi ppi fps rpm mah wh kwh ops req op usd eur gbp jpy cny rmb avg min max med acc std p50 p90 p95 p99 n x".split(" "),
);
// A rate is per a unit of time or per operation ("ops/sec", "ns/op"); "klona/lite" is a package's subpath.
const RATE = /(?:^|[\s(])[\p{Ll}]{1,7}\/(?:[nµum]?s|secs?|seconds?|min|h|hr|hours?|days?|op|iter|call|run|req|request)(?:$|[\s),])/u;

export function namesMeasure(label: string): boolean {
	if (label.includes("%") || RATE.test(label)) return true;
	for (const match of label.matchAll(BRACKETED)) {
		const inside = (match[1] ?? "").trim();
		if (inside !== "" && !VERSION_TOKEN.test(inside) && UNIT.test(inside) && (!/^[\p{Ll}µ°²³]{1,3}$/u.test(inside) || SHORT_UNITS.has(inside))) return true;
	}
	return false;
}
