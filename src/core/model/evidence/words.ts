// Word counts that work for scripts without spaces: two CJK characters count
// as one word, which is about how long their words are.
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const LETTER = /\p{L}/u;

export function wordCount(text: string): number {
	// Plain ASCII, as most cells are: one scan, no CJK to count, letters and digits are [A-Za-z0-9].
	let words = 0;
	let counted = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) return scriptWordCount(text);
		if (code === 0x20) counted = false;
		else if (!counted && ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a))) {
			counted = true;
			words++;
		}
	}
	return words;
}

function scriptWordCount(text: string): number {
	const cjk = text.match(CJK)?.length ?? 0;
	const rest = text.replace(CJK, " ").split(" ").filter((word) => LETTER.test(word) || /\d/.test(word)).length;
	return rest + Math.ceil(cjk / 2);
}

/**
 * Whether the text's letters are all Latin: brand names keep Latin script in
 * every language, while "JavaScriptフォルダ" is a word of the note's own language.
 */
export function isLatin(text: string): boolean {
	// Plain ASCII: Latin when it has a letter at all.
	let ascii = true;
	let letter = false;
	for (let i = 0; i < text.length && ascii; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) ascii = false;
		else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letter = true;
	}
	if (ascii) return letter;
	let latin = 0;
	let other = 0;
	for (const ch of text) {
		if (LATIN.test(ch)) latin++;
		else if (LETTER.test(ch)) other++;
	}
	return latin > 0 && other === 0;
}
