// The pure core's public entry points: plain data in, plain data out. No DOM,
// no Node, no obsidian; the plugin and the command line both build on this.
// Only what they (and the benchmarks, CONTRACT §6) use is exported: the check
// for dead code (npm run check:deps) fails on an export nobody imports.
export type { Result } from "./result";
export type {
	Note,
	Chart,
	FrameworkAxis,
	ChartLayout,
	NoteAnalysis,
	DetectionOverrides,
	GroupExplanation,
	FrameworkGroup,
	FrameworkGroupItem,
} from "./model/types";
export { groupKeys } from "./model/framework-groups";
export { buildNoteModel, analyzeNote } from "./model/build-note-model";
export { parseBoxChart } from "./model/box-chart";
export { parseBarChart } from "./model/bar-chart";
export { readFenceChart } from "./model/fence-chart";
export { fenceSources } from "./model/fence-sources";
export { readCell, suffixScale, type WrittenForm, type WrittenMarks } from "./model/cell-value";
export { normalizeName } from "./model/evidence/names";
export { chartKey, chartKeys, tableKey, tableKeys } from "./model/table-key";
export { VaultIndex, type VaultEntry } from "./vault/vault-index";
export { NO_VAULT } from "./vault/link-resolver";
export { gatherBacklinks } from "./vault/backlinks";
export { hasAnchor, noteAnchors, type NoteAnchors } from "./vault/note-anchors";
export { findFrontmatter, parseFrontmatter, type FrontmatterInput } from "./frontmatter";
export { markdownParser } from "./markdown";
export { parseWikilink } from "./markdown/wikilink-syntax";
export { hasOwnKey, isRecord, ownValue, setOwn } from "./own-keys";
export { chartFence, tableChartSource } from "./model/table-chart-fence";
