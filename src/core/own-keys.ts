// Records keyed by what a note wrote (a table's header, a note's path) are
// read and written as own properties only: a table headed "constructor" or
// "__proto__" is a key like any other and never reaches Object's prototype.

/** A plain object of properties, as YAML or JSON give them: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function hasOwnKey(record: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(record, key);
}

export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return record !== undefined && hasOwnKey(record, key) ? record[key] : undefined;
}

/** Sets the key as a plain data property, even one spelled "__proto__". */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
