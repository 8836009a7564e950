// A message quotes what the note wrote, and the note may have written a
// thousand-digit number or a row label of 30,000 spaces: quotes are kept short.
const LONGEST = 40;

/** `"text"`, or its first characters and an ellipsis when it is long. */
export function quote(text: string): string {
	const chars = [...text.slice(0, LONGEST * 2)];
	return chars.length > LONGEST || text.length > LONGEST * 2 ? `"${chars.slice(0, LONGEST - 1).join("")}…"` : `"${text}"`;
}
