// The short move of a chart from one drawing to the next (a framework or a
// column hidden or shown, a scale or grouping changed): each bar that stays
// slides from where it was, its bar grows or shrinks from where it was,
// new bars fade in and the chart's height follows. Played with the Web
// Animations API, so nothing is left on the elements afterwards; the caller
// leaves it out under prefers-reduced-motion and in a chart of many bars
// (MOTION_MAX_BARS in ./comparison-chart.ts).
import { type BarGroup, slotKey } from "./chart-data";
import type { DrawnChart } from "./chart-svg";

const DURATION = 180;
const TIMING: KeyframeAnimationOptions = { duration: DURATION, easing: "ease-out" };

interface BarFrame {
	y: number;
	rectX: number;
	rectWidth: number;
	textX: number;
}

/** Where a drawing put each bar (by slot) and each group heading (by what it groups). */
export interface FramePositions {
	bars: Map<string, BarFrame>;
	groups: Map<string, number>;
	axisY: number;
}

/** A group heading's identity across redraws: what it groups, by label and place. */
const groupKey = (group: BarGroup) => `${group.index}\u0000${group.label}`;

const attr = (el: Element | null, name: string) => Number(el?.getAttribute(name) ?? 0);

export function framePositions(drawn: DrawnChart, groups: readonly BarGroup[]): FramePositions {
	const bars = new Map<string, BarFrame>();
	for (const bar of drawn.bars) {
		const rect = bar.g.querySelector("rect");
		const text = bar.g.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text");
		bars.set(slotKey(bar.slot), { y: bar.anchor.y, rectX: attr(rect, "x"), rectWidth: attr(rect, "width"), textX: attr(text, "x") });
	}
	const headings = new Map<string, number>();
	drawn.groupLabels.forEach((label, g) => {
		const group = groups[g];
		if (group) headings.set(groupKey(group), attr(label, "y"));
	});
	return { bars, groups: headings, axisY: axisYOf(drawn) };
}

function axisYOf(drawn: DrawnChart): number {
	return attr(drawn.svg.querySelector(".framework-compare-chart-axis-line"), "y1");
}

function play(el: Element, keyframes: Keyframe[]): void {
	if (typeof el.animate === "function") el.animate(keyframes, TIMING);
}

/** Moves `drawn` in from `before`; the plot's height runs from `previousHeight` to its own. */
export function settle(before: FramePositions, drawn: DrawnChart, groups: readonly BarGroup[], plot: HTMLElement, previousHeight: number): void {
	for (const bar of drawn.bars) {
		const was = before.bars.get(slotKey(bar.slot));
		if (!was) {
			play(bar.g, [{ opacity: 0 }, { opacity: 1 }]);
			continue;
		}
		const dy = was.y - bar.anchor.y;
		if (dy !== 0) play(bar.g, [{ transform: `translateY(${dy}px)` }, { transform: "translateY(0)" }]);
		const rect = bar.g.querySelector("rect");
		const x = attr(rect, "x");
		const width = attr(rect, "width");
		if (rect && width > 0 && (x !== was.rectX || width !== was.rectWidth)) {
			// Maps the new rect onto the old one, then lets go: it grows or shrinks from where it was.
			const k = was.rectWidth / width;
			play(rect, [{ transform: `translateX(${was.rectX - k * x}px) scaleX(${k})` }, { transform: "translateX(0) scaleX(1)" }]);
		}
		const text = bar.g.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text");
		const dx = was.textX - attr(text, "x");
		if (text && dx !== 0) play(text, [{ transform: `translateX(${dx}px)` }, { transform: "translateX(0)" }]);
	}
	drawn.groupLabels.forEach((label, g) => {
		const group = groups[g];
		const was = group ? before.groups.get(groupKey(group)) : undefined;
		if (was === undefined) play(label, [{ opacity: 0 }, { opacity: 1 }]);
		else if (was !== attr(label, "y")) play(label, [{ transform: `translateY(${was - attr(label, "y")}px)` }, { transform: "translateY(0)" }]);
	});
	const axis = drawn.svg.querySelector(".framework-compare-chart-axis");
	const dy = before.axisY - axisYOf(drawn);
	if (axis && dy !== 0) play(axis, [{ transform: `translateY(${dy}px)` }, { transform: "translateY(0)" }]);
	const height = plot.getBoundingClientRect().height;
	if (previousHeight > 0 && Math.abs(height - previousHeight) > 1) {
		plot.classList.add("is-settling");
		if (typeof plot.animate === "function") {
			const run = plot.animate([{ height: `${previousHeight}px` }, { height: `${height}px` }], TIMING);
			run.onfinish = run.oncancel = () => plot.classList.remove("is-settling");
		} else plot.classList.remove("is-settling");
	}
}
