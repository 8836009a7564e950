// A `comparison-chart` fence shown as its own text, exactly as written,
// until it can be drawn; the text stays the ground truth of the chart.
export const CHART_SOURCE_CLASS = "framework-compare-chart-source";
/** The line above a chart that stays as text, saying why. */
export const CHART_PROBLEM_CLASS = "framework-compare-chart-problem";

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
