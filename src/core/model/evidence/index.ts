// The evidence rules, in the order `inspect --explain` lists them. A new kind
// of document is a new rule here (or a new fixture), never a branch elsewhere.
import { attributeElsewhere } from "./attribute-elsewhere";
import { baselineLine } from "./baseline-line";
import { shareOfOther } from "./share-of-other";
import { bestMarked, noRival } from "./best-marked";
import { blankLabel } from "./blank-label";
import { sectionRow } from "./section-row";
import { capitalsSide } from "./capitals-side";
import { caseContrast } from "./case-contrast";
import { casesMeasured } from "./cases-measured";
import { chartRows } from "./chart-rows";
import { codeLabel } from "./code-label";
import { codeLiterals } from "./code-literals";
import { currencyAcross } from "./currency-across";
import { cornerWord } from "./corner-word";
import { countedItems } from "./counted-items";
import { valueColumn } from "./value-column";
import { criteriaSeries } from "./criteria-series";
import { datedLines } from "./dated-lines";
import { judgedAcross } from "./judged-across";
import { declared } from "./declared";
import { emptyCorner } from "./empty-corner";
import { fieldName } from "./field-name";
import { frontmatterList } from "./frontmatter-list";
import { genericLabel } from "./generic-label";
import { heading } from "./heading";
import { headingParts } from "./heading-parts";
import { headingRun } from "./heading-run";
import { identifierShape } from "./identifier-shape";
import { fileLabel } from "./file-label";
import { imageLabel } from "./image-label";
import { knownFramework } from "./known-framework";
import { labelLength } from "./label-length";
import { labelsAmongValues } from "./labels-among-values";
import { lineTotal } from "./line-total";
import { linkedCell } from "./linked-cell";
import { measureLabel } from "./measure-label";
import { measuresAcross } from "./measures-across";
import { rankedByValue } from "./ranked-by-value";
import { coordinateGrid } from "./coordinate-grid";
import { arrowColumn, directionLabel } from "./arrow-column";
import { againstLabel } from "./against-label";
import { thingsInValues } from "./things-in-values";
import { judgedLines } from "./judged-lines";
import { sharedItems } from "./shared-items";
import { weightColumn } from "./weight-column";
import { winnerAcross, winnerLine } from "./winner-line";
import { signedLine } from "./signed-line";
import { ratioLabel } from "./ratio-label";
import { ratioColumn } from "./ratio-column";
import { weightedRows } from "./weighted-rows";
import { modelNames } from "./model-names";
import { modelNumber } from "./model-numbers";
import { linkedInNote } from "./linked-in-note";
import { logKeys } from "./log-keys";
import { longFormRows } from "./long-form";
import { loweredHeading } from "./lowered-heading";
import { lowerCaseHeader } from "./lower-case-header";
import { mentioned } from "./mentioned";
import { nameShape } from "./name-shape";
import { namedInValues } from "./named-in-values";
import { namedKind } from "./named-kind";
import { namedTogether } from "./named-together";
import { namesReturn } from "./names-return";
import { numberedSeries, seriesSide } from "./numbered-series";
import { oneLetter } from "./one-letter";
import { callKey } from "./call-key";
import { outputRows } from "./output-rows";
import { pathKeys } from "./path-keys";
import { qualifiedMembers } from "./qualified-members";
import { partsOfOne } from "./parts-of-one";
import { phrase } from "./phrase";
import { phraseRows } from "./phrase-rows";
import { progression } from "./progression";
import { proseColumn } from "./prose-column";
import { readingList } from "./reading-list";
import { describedLinks } from "./described-links";
import { recordHeader } from "./record-header";
import { referenceTable } from "./reference-table";
import { repeatedHeader } from "./repeated-header";
import { releasesOfOne } from "./releases-of-one";
import { repeatedLabels } from "./repeated-labels";
import { rowHome } from "./row-home";
import { rowsKind } from "./rows-kind";
import { aspectHeading } from "./aspect-heading";
import { apiMembers } from "./api-members";
import type { AxisRule, NameRule } from "./rule";
import { sameCorner } from "./same-corner";
import { sameHeader } from "./same-header";
import { similarHeader } from "./similar-header";
import { scriptContrast } from "./script-contrast";
import { scriptOutlier } from "./script-outlier";
import { sentenceCaseLabel } from "./sentence-case-label";
import { sharedStem } from "./shared-stem";
import { sharedValues } from "./shared-values";
import { subject } from "./subject";
import { subjectInValues } from "./subject-in-values";
import { summedLines } from "./summed-lines";
import { supportList } from "./support-list";
import { toldApart } from "./told-apart";
import { typeColumn } from "./type-column";
import { typeLabels } from "./type-labels";
import { spelledOut } from "./spelled-out";
import { userExcluded } from "./user-excluded";
import { valueKinds } from "./value-kinds";
import { valueLabel } from "./value-label";
import { versionFamily } from "./version-family";
import { versionedName } from "./versioned-name";
import { vaultNote } from "./vault-note";

/** Judge one label: is it the name of a thing compared? */
export const NAME_RULES: readonly NameRule[] = [
	userExcluded,
	imageLabel,
	fileLabel,
	declared,
	frontmatterList,
	vaultNote,
	subject,
	linkedInNote,
	linkedCell,
	rowHome,
	heading,
	headingParts,
	headingRun,
	aspectHeading,
	mentioned,
	knownFramework,
	attributeElsewhere,
	nameShape,
	namedInValues,
	versionedName,
	releasesOfOne,
	versionFamily,
	codeLabel,
	identifierShape,
	fieldName,
	apiMembers,
	measureLabel,
	againstLabel,
	directionLabel,
	weightColumn,
	winnerLine,
	signedLine,
	ratioLabel,
	ratioColumn,
	scriptOutlier,
	blankLabel,
	sectionRow,
	valueLabel,
	modelNumber,
	noRival,
	proseColumn,
	genericLabel,
	phrase,
	sentenceCaseLabel,
	repeatedHeader,
	sharedStem,
	pathKeys,
	qualifiedMembers,
	callKey,
	oneLetter,
	numberedSeries,
];

/**
 * The name rules that read what the first pass decided for the other tables
 * (`note.known`, `note.offAxis`): the second pass judges only these again and
 * keeps what the others said of each label.
 */
export const ECHO_RULES: ReadonlySet<NameRule> = new Set([knownFramework, attributeElsewhere]);

/**
 * The name rules that read nothing of a label but its text (`label.name`,
 * `label.keys`, `label.cell.text`, whether `label.cell.code`) and what the
 * note knows of names: never its table, side, place, link or neighbours. Each
 * is asked once per label text and note, and its answer reused wherever that
 * text stands again (the seed's JAX, PyTorch and TensorFlow head a dozen
 * tables). A rule that reads anything else stays out of this list: it is then
 * asked for every label, which is always right, only slower.
 */
export const TEXT_RULES: ReadonlySet<NameRule> = new Set([
	userExcluded,
	fileLabel,
	declared,
	frontmatterList,
	vaultNote,
	subject,
	linkedInNote,
	heading,
	headingRun,
	mentioned,
	nameShape,
	versionedName,
	blankLabel,
	valueLabel,
	genericLabel,
	phrase,
	againstLabel,
]);

/** Judge a side of a table or chart as a whole, from the table and the note alone. */
export const AXIS_RULES: readonly AxisRule[] = [valueKinds, baselineLine, shareOfOther, rowsKind, namedKind, longFormRows, seriesSide, progression, casesMeasured, logKeys, coordinateGrid, arrowColumn, judgedLines, winnerAcross, sharedItems, measuresAcross, weightedRows, lineTotal, rankedByValue, currencyAcross, valueColumn, referenceTable, typeColumn, typeLabels, spelledOut, codeLiterals, countedItems, subjectInValues, readingList, describedLinks, recordHeader, scriptContrast, labelLength, caseContrast, labelsAmongValues, repeatedLabels, cornerWord, emptyCorner, chartRows, outputRows, namesReturn, namedTogether, toldApart, loweredHeading, sharedValues, phraseRows, lowerCaseHeader, modelNames, criteriaSeries, judgedAcross, summedLines, datedLines, supportList, capitalsSide, bestMarked];

/** Judge a side from what the first pass decided for the other tables. */
export const SECOND_PASS_AXIS_RULES: readonly AxisRule[] = [sameHeader, similarHeader, sameCorner, partsOfOne, thingsInValues];
