// Word counts that work for scripts without spaces: two CJK characters count
// as one word, which is about how long their words are.
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const LETTER = /\p{L}/u;

export function wordCount(text: string): number {
	const cjk = text.match(CJK)?.length ?? 0;
	const rest = text.replace(CJK, " ").split(" ").filter((word) => LETTER.test(word) || /\d/.test(word)).length;
	return rest + Math.ceil(cjk / 2);
}

/**
 * Whether the text's letters are all Latin: brand names keep Latin script in
 * every language, while "JavaScriptフォルダ" is a word of the note's own language.
 */
export function isLatin(text: string): boolean {
	let latin = 0;
	let other = 0;
	for (const ch of text) {
		if (LATIN.test(ch)) latin++;
		else if (LETTER.test(ch)) other++;
	}
	return latin > 0 && other === 0;
}
