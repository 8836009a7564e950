// The types every language and every interface's reference writes, whatever the case: `String`,
// `int`, `boolean`, `Function`, SQL's `VARCHAR` and `BIGINT`. Read by ./type-column.ts (a column of
// them types a reference's keys) and ./type-labels.ts (a side of them is a language's types listed).

/**
 * Written as code or plain, in any case. A compared thing's attribute is seldom one of them, nor is a
 * thing compared; `node` is left out, a runtime as much as a type.
 */
const TYPE_WORDS = new Set([
	"string", "str", "boolean", "bool", "number", "int", "integer", "long", "short", "float", "double", "decimal",
	"char", "byte", "bytes", "object", "array", "function", "func", "void", "any", "date", "datetime", "timestamp",
	"duration", "list", "map", "dict", "tuple", "null", "undefined", "uint", "int8", "int16", "int32", "int64",
	"uint8", "uint16", "uint32", "uint64", "float32", "float64", "bigint", "enum", "struct", "tinyint", "smallint",
	"mediumint", "varchar", "nvarchar", "tinytext", "mediumtext", "longtext", "blob", "tinyblob", "mediumblob",
	"longblob", "numeric",
]);

/**
 * Whether a part of a type cell, or a label, is one of the types everyone writes: `String`, `int`, `string[]`,
 * `Array<string>`, `VARCHAR(n)`.
 */
export function isTypeWord(part: string): boolean {
	return TYPE_WORDS.has(bareType(part));
}

/**
 * The shapes of data, not its values: a note may set them against each other as things to choose
 * between (`Array | Set | Map`, `Map` against `Object`), as it never does `int` and `double`.
 */
const CONTAINERS = new Set(["object", "array", "function", "func", "list", "map", "dict", "tuple", "enum", "struct", "any", "null", "undefined", "void"]);

/** Whether a label is one of the types of a single value everyone writes: `int`, `boolean`, `VARCHAR(M)`, not `Map`. */
export function isValueTypeWord(part: string): boolean {
	const bare = bareType(part);
	return TYPE_WORDS.has(bare) && !CONTAINERS.has(bare);
}

function bareType(part: string): string {
	return part.trim().replace(/^(?:\[\]|\*)/, "").replace(/(?:\[\]|\([^()]{0,12}\)|<[^<>]*>)$/, "").toLowerCase();
}

