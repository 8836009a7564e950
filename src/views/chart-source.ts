// A `comparison-chart` fence shown as its own text, exactly as written,
// until it can be drawn; the text stays the ground truth of the chart.
export const CHART_SOURCE_CLASS = "framework-compare-chart-source";
/** The line above a chart (or a table) that stays as text, saying why. */
const CHART_PROBLEM_CLASS = "framework-compare-chart-problem";

/** Puts that line above `el`; returns it so its view can take it away again. */
export function problemAbove(el: Element, text: string): HTMLElement {
	const message = el.ownerDocument.createElement("div");
	message.className = `framework-compare-message ${CHART_PROBLEM_CLASS}`;
	message.textContent = text;
	el.before(message);
	return message;
}

/** What went wrong, for that line: "TypeError: …". */
export function describeError(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function renderChartSource(el: HTMLElement, source: string, message: string | null): void {
	const doc = el.ownerDocument;
	const figure = doc.createElement("figure");
	figure.className = CHART_SOURCE_CLASS;
	if (message) {
		const note = doc.createElement("figcaption");
		note.className = "framework-compare-message";
		note.textContent = message;
		figure.appendChild(note);
	}
	const pre = doc.createElement("pre");
	const code = doc.createElement("code");
	code.textContent = source;
	pre.appendChild(code);
	figure.appendChild(pre);
	el.appendChild(figure);
}
