// Which of the note's frameworks a table label stands for: "**JAX**" and
// "JAX/Flax" are JAX, "PyTorch 2.1" is PyTorch, "TensorFlow Lite" is not
// TensorFlow when the note compares TensorFlow Lite too.
function normalize(text: string): string {
	return text
		.replace(/[*_`~[\]]/g, "")
		.replace(/\s+/g, " ")
		.trim()
		.toLowerCase();
}

export function frameworkOfLabel(label: string, frameworks: readonly string[]): string | null {
	const wanted = normalize(label);
	if (wanted === "") return null;
	let best: string | null = null;
	for (const framework of frameworks) {
		const name = normalize(framework);
		if (name === wanted) return framework;
		// A longer name wins: "TensorFlow Lite" over "TensorFlow".
		const follows = wanted.charAt(name.length);
		if (wanted.startsWith(name) && /[\s/(,+&:-]/.test(follows) && (!best || name.length > normalize(best).length)) {
			// "TensorFlow Lite" is not "TensorFlow" followed by a version or a slash.
			const rest = wanted.slice(name.length).trim();
			if (/^[/(,+&:-]|^v?\d/.test(rest)) best = framework;
		}
	}
	return best;
}
