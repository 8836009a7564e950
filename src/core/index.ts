// The pure core's public entry points: plain data in, plain data out. No DOM,
// no Node, no obsidian; the plugin and the command line both build on this.
export type { Result, Problem } from "./result";
export type {
	Note,
	Note as NoteModel,
	Link,
	Table,
	Chart,
	Better,
	FrameworkAxis,
	ColumnAlign,
	TableLayout,
	ChartLayout,
	Section,
	NoteAnalysis,
	DetectionOverrides,
	Evidence,
	GroupExplanation,
	SideExplanation,
	NameExplanation,
} from "./model/types";
export { buildNoteModel, analyzeNote, type NoteInput } from "./model/build-note-model";
export { parseChartText, parseBoxChart, type ChartIssue, type ParsedChart } from "./model/box-chart";
export { parseBarChart } from "./model/bar-chart";
export { chartCandidate, fenceLanguage, type ChartCandidate } from "./model/chart-candidate";
export { readFenceChart } from "./model/fence-chart";
export { parseChartTitle, type ChartTitle } from "./model/chart-title";
export { parseChartCell, type ChartCell } from "./model/chart-number";
export { readCell, type CellValue } from "./model/cell-value";
export { detectFrameworks, type DetectedGroup, type FrameworkDetection } from "./model/detect-frameworks";
export type { GroupFacts, NoteFacts, CellFacts } from "./model/evidence/facts";
export { normalizeName } from "./model/evidence/names";
export { chartKey, chartKeys, tableKey, tableKeys } from "./model/table-key";
export { VaultIndex, type VaultEntry } from "./vault/vault-index";
export { NO_VAULT, type LinkResolver } from "./vault/link-resolver";
export { hasAnchor, noteAnchors, type NoteAnchors } from "./vault/note-anchors";
export { normalizeVaultPath, noteName, fileName, folderOf, extensionOf } from "./vault/vault-path";
export {
	findFrontmatter,
	parseFrontmatter,
	readFrontmatter,
	frontmatterSchema,
	EMPTY_FRONTMATTER,
	type FrontmatterInput,
	type FrontmatterBlock,
	type Frontmatter,
	type FrontmatterIssue,
	type FrontmatterResult,
} from "./frontmatter";
export { createMarkdownParser, markdownParser } from "./markdown";
export { WIKILINK_TOKEN, type WikilinkMeta } from "./markdown/rules/wikilink";
export { parseWikilink, parseWikilinkAt, formatWikilink, wikilinkText, type WikilinkSyntax, type WikilinkMatch } from "./markdown/wikilink-syntax";
