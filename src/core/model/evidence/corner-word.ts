// The top-left cell often says what the rows are ("Framework", "Feature").
// English words only, so this is a hint, never enough alone to decide a table.
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";

const ROW_CORNERS =
	/^(frameworks?|librar(y|ies)|tools?|databases?|db|languages?|engines?|products?|options?|platforms?|services?|systems?|models?|names?|runtimes?|implementations?|backends?|packages?|solutions?|vendors?|providers?|stacks?|technolog(y|ies)|editors?|browsers?|os|servers?|clouds?|apps?|applications?|projects?|clients?|protocols?|parsers?)$/;
const COLUMN_CORNERS =
	/^(features?|aspects?|criteri(on|a)|metrics?|propert(y|ies)|categor(y|ies)|dimensions?|capabilit(y|ies)|attributes?|comparisons?|characteristics?|areas?|factors?|parameters?|benchmarks?|tests?|tasks?|use cases?|scenarios?|operations?|specs?|specifications?|workloads?)$/;

export const cornerWord: AxisRule = (group) => {
	const corner = normalizeName(group.corner?.text ?? "");
	// Weaker: "client" over `got | axios` names the columns' kind, not the rows'.
	// Below the margin a side must win by, so the word alone never tips a table.
	if (ROW_CORNERS.test(corner)) return [{ side: "rows", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	if (COLUMN_CORNERS.test(corner)) return [{ side: "columns", evidence: { rule: "corner-word", score: 0.45, reason: `the top-left cell says "${corner}"` } }];
	return [];
};
