// The few Lucide icons the host draws (Obsidian ships all of Lucide): a name it
// does not know is drawn as a plain rounded square, so the control is still seen.
const SVG = "http://www.w3.org/2000/svg";

type Shape = ["rect", Record<string, string>] | ["path", { d: string }] | ["circle", Record<string, string>];

const ICONS: Record<string, Shape[]> = {
	"columns-3": [
		["rect", { width: "18", height: "18", x: "3", y: "3", rx: "2" }],
		["path", { d: "M9 3v18" }],
		["path", { d: "M15 3v18" }],
	],
};

const FALLBACK: Shape[] = [["rect", { width: "18", height: "18", x: "3", y: "3", rx: "4" }]];

export function drawIcon(parent: HTMLElement, name: string): SVGSVGElement {
	const svg = document.createElementNS(SVG, "svg");
	const attrs: Record<string, string> = {
		viewBox: "0 0 24 24",
		width: "18",
		height: "18",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "2",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		class: `svg-icon lucide-${name}`,
		"aria-hidden": "true",
	};
	for (const [key, value] of Object.entries(attrs)) svg.setAttribute(key, value);
	for (const [tag, shapeAttrs] of ICONS[name.replace(/^lucide-/, "")] ?? FALLBACK) {
		const shape = document.createElementNS(SVG, tag);
		for (const [key, value] of Object.entries(shapeAttrs)) shape.setAttribute(key, value);
		svg.appendChild(shape);
	}
	parent.appendChild(svg);
	return svg;
}
