import type { NameRule } from "./rule";

/** "IN_PROGRESS", "scan_timeout": spelled like a constant or an option in code, not a product. */
const IDENTIFIER = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;

export const identifierShape: NameRule = (label) =>
	IDENTIFIER.test(label.name.head) ? { rule: "identifier-shape", score: -1, reason: "spelled like an identifier in code" } : null;
