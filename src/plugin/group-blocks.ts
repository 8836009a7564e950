// Per-framework sections side by side and code samples as tabs, in the reading
// view. Obsidian renders a note block by block (a heading, a paragraph, a fence
// each in its own section div), lazily, and after an edit only the blocks that
// changed; the divs are Obsidian's and are never moved. So the core finds each
// group and its lines from the note's text, the block a group starts with draws
// the whole group (its parts rendered again by Obsidian's MarkdownRenderer, so
// links, highlighting and math look as everywhere else) and hides what Obsidian
// drew there, and every other block of the group hides itself. Each block
// decides again whenever a block of the note is drawn or dropped, or the note
// changes, so it does not matter which blocks are rendered first. Without
// section info (embeds, hover previews) the note stays as Obsidian draws it.
import { Component, MarkdownRenderChild, MarkdownRenderer, type MarkdownPostProcessorContext, Notice, type Plugin, type App } from "obsidian";
import { type FrameworkGroup, groupKeys, type NoteAnalysis, parseFrontmatter } from "../core";
import { drawCodeTabs } from "../views/code-tabs";
import type { GroupHost, GroupView } from "../views/group-host";
import { NoteViewState } from "../views/note-view-state";
import { drawSectionColumns } from "../views/section-columns";
import { viewFrameworks } from "./drawn-from";
import type { NoteBars } from "./note-bars";
import type { NoteModels } from "./note-models";
import type { FrameworkCompareSettings } from "./settings-schema";
import type { ViewStates } from "./view-states";

/** The block a group starts with: what Obsidian drew in it is hidden, the group is drawn after it. */
const START_CLASS = "framework-compare-group-start";
/** Another block of a drawn group: hidden, the group shows its content. */
const MEMBER_CLASS = "framework-compare-group-member";
/** Obsidian marks the heading a link led to with this class for a moment. */
const FLASHING = "is-flashing";

export interface GroupServices {
	app: App;
	models: NoteModels;
	viewStates: ViewStates;
	settings: () => FrameworkCompareSettings;
	settingsReady: Promise<void>;
	noteBars: NoteBars;
	/** Where enhancements are tracked so unloading the plugin undoes them. */
	sections: { track(child: MarkdownRenderChild): void };
}

/** The note's lines, split once per text however many blocks ask. */
const linesOf = new WeakMap<NoteAnalysis, { text: string; lines: string[] }>();

function noteLines(analysis: NoteAnalysis, text: string): string[] {
	const known = linesOf.get(analysis);
	if (known && known.text === text) return known.lines;
	const lines = text.split(/\r?\n/);
	linesOf.set(analysis, { text, lines });
	return lines;
}

function trimEndLines(text: string): string {
	return text.replace(/\s+$/, "");
}

/** The live blocks of each note that belong to a group, so one block's change reaches the others. */
class LiveGroupBlocks {
	private byPath = new Map<string, Set<GroupBlock>>();
	private timers = new Map<string, number>();

	add(block: GroupBlock): void {
		const set = this.byPath.get(block.path) ?? new Set<GroupBlock>();
		set.add(block);
		this.byPath.set(block.path, set);
	}

	remove(block: GroupBlock): void {
		const set = this.byPath.get(block.path);
		set?.delete(block);
		if (set && set.size === 0) {
			this.byPath.delete(block.path);
			this.decidedOn.delete(block.path);
		}
	}

	/** The note's text the blocks last decided on, per note. */
	private decidedOn = new Map<string, string>();

	/**
	 * `changed` was just drawn from `text`: when the note's text is new to the blocks (an
	 * edit re-rendered it), every other block decides again. Blocks drawn one by one from
	 * the same text leave the others alone, so a note's first drawing stays linear.
	 */
	drawnFrom(changed: GroupBlock, text: string): void {
		if (this.decidedOn.get(changed.path) === text) return;
		this.decidedOn.set(changed.path, text);
		for (const block of [...(this.byPath.get(changed.path) ?? [])]) if (block !== changed) block.refresh();
	}

	/** The blocks of the group starting at one of `lines` decide again: its start was drawn or moved. */
	refreshMembers(path: string, lines: readonly (number | null)[]): void {
		for (const block of [...(this.byPath.get(path) ?? [])]) if (block.memberOf !== null && lines.includes(block.memberOf)) block.refresh();
	}

	/**
	 * Every block of the note decides again once the reading view has caught up
	 * (a block was dropped, or the note changed): the lines and text it reports
	 * are the new ones by then.
	 */
	refreshSoon(path: string): void {
		if (this.timers.has(path)) return;
		this.timers.set(
			path,
			window.setTimeout(() => {
				this.timers.delete(path);
				for (const block of [...(this.byPath.get(path) ?? [])]) block.refresh();
			}, 0),
		);
	}

	/** The drawn start of the group that begins at `line` (1-based) in the note. */
	startOf(path: string, line: number): GroupBlock | null {
		for (const block of this.byPath.get(path) ?? []) if (block.drawnAt === line) return block;
		return null;
	}

	dispose(): void {
		for (const timer of this.timers.values()) window.clearTimeout(timer);
		this.timers.clear();
	}
}

class GroupBlock extends MarkdownRenderChild {
	readonly path: string;
	/** 1-based line of the group this block draws, or null. */
	drawnAt: number | null = null;
	/** Resolves when what this block draws is rendered. */
	ready: Promise<void> = Promise.resolve();
	private view: GroupView | null = null;
	private owner: Component | null = null;
	private signature = "";
	private leaveBar: (() => void) | null = null;
	/** As a group's other block: the group's first line and which of its items starts here (-1: none). */
	private member: { line: number; item: number } | null = null;
	/** The choices of a group in a note without a shared state (no table or chart names its frameworks). */
	private ownState: NoteViewState | null = null;
	private readonly observer: MutationObserver;

	constructor(
		containerEl: HTMLElement,
		private readonly ctx: MarkdownPostProcessorContext,
		private readonly services: GroupServices,
		private readonly live: LiveGroupBlocks,
	) {
		super(containerEl);
		this.path = ctx.sourcePath;
		// A link to a heading of the group lands on a heading Obsidian drew and the group hides, or on the group's copy of it.
		this.observer = new MutationObserver((records) => {
			for (const record of records) {
				// Only attributes are observed, so the target is an element.
				const target = record.target as HTMLElement;
				if (target.classList.contains(FLASHING) && record.oldValue?.includes(FLASHING) !== true) this.followedTo(target);
			}
		});
	}

	override onload(): void {
		const options = parseFrontmatter(this.ctx.frontmatter ?? null);
		if ((options.ok ? options.value : options.partial).enabled === false) return;
		this.live.add(this);
		this.register(() => {
			this.watch(false);
			this.live.remove(this);
			this.clear();
			// The block is gone (replaced by an edit): the others decide again on the note as it is now.
			this.live.refreshSoon(this.path);
		});
		this.refresh();
		const info = this.ctx.getSectionInfo(this.containerEl);
		if (info) this.live.drawnFrom(this, info.text);
	}

	/** The first line of the group this block is another block of, or null. */
	get memberOf(): number | null {
		return this.member?.line ?? null;
	}

	/** Decides from the note's text what this block is now: a group's start, another of its blocks, or neither. */
	refresh(): void {
		const info = this.ctx.getSectionInfo(this.containerEl);
		// Detached, or never in a section (embed, hover preview): left as it is.
		if (!info) return;
		const analysis = this.services.models.analysis(this.path, info.text, this.ctx.frontmatter);
		const settings = this.services.settings();
		const first = info.lineStart + 1;
		const last = info.lineEnd + 1;
		const index = analysis.groups.findIndex(
			(group) => (group.kind === "sections" ? settings.sideBySideSections : settings.codeTabs) && group.line <= first && last <= group.endLine,
		);
		const group = analysis.groups[index];
		if (!group) {
			this.clear();
			return;
		}
		if (group.line === first) {
			this.setMember(null);
			// Lines added above move the group: its other blocks find their start by its new first line.
			const before = this.drawnAt;
			if (this.draw(group, groupKeys(analysis.groups)[index] ?? "", analysis, noteLines(analysis, info.text)) || before !== group.line) this.live.refreshMembers(this.path, [before, group.line]);
		} else {
			this.undraw();
			this.setMember({ line: group.line, item: group.items.findIndex((item) => item.line === first) });
		}
	}

	/** Draws the group unless it is drawn as it is already; true when it drew. */
	private draw(group: FrameworkGroup, key: string, analysis: NoteAnalysis, lines: readonly string[]): boolean {
		const state = this.stateFor(analysis);
		const slice = (from: number, to: number) => trimEndLines(lines.slice(from - 1, to).join("\n"));
		const items = group.items.map((item) => ({
			frameworks: item.frameworks,
			label: item.label,
			// A setext heading ("JAX" over "---") is two lines.
			heading: slice(item.line, Math.max(item.line, item.bodyLine - 1)),
			body: slice(item.bodyLine, item.endLine),
			code: (item.code ?? "").replace(/\r?\n$/, ""),
		}));
		const signature = JSON.stringify([group.kind, key, items]);
		if (this.view && this.signature === signature && this.drawnWith === state) {
			this.drawnAt = group.line;
			return false;
		}
		this.undraw();
		this.signature = signature;
		this.drawnWith = state;
		this.drawnAt = group.line;
		const owner = this.addChild(new Component());
		this.owner = owner;
		const host: GroupHost = {
			renderMarkdown: (markdown, el) => MarkdownRenderer.render(this.services.app, markdown, el, this.path, owner),
			copyText: (text, description) => {
				navigator.clipboard.writeText(text).then(
					() => new Notice(`Copied the ${description}.`),
					() => new Notice(`Could not copy the ${description}: the clipboard is not available.`),
				);
			},
		};
		const el = this.containerEl;
		el.addClass(START_CLASS);
		this.view =
			group.kind === "sections"
				? drawSectionColumns(el, { key, items: items.map(({ frameworks, label, heading, body }) => ({ frameworks, label, heading, body })) }, state, host)
				: drawCodeTabs(el, { key, items: items.map(({ frameworks, label, code, body }) => ({ frameworks, label, code, fence: body })) }, state, host);
		this.ready = this.view.ready;
		// In compact mode the note's framework bar stays in view while the group is on screen.
		if (state.scope === "note") this.leaveBar = this.services.noteBars.follow(el, this.path);
		this.watch(true);
		return true;
	}

	private drawnWith: NoteViewState | null = null;

	/** The note's shared state when its tables or charts name its frameworks, else one of the group's own. */
	private stateFor(analysis: NoteAnalysis): NoteViewState {
		const names = viewFrameworks(analysis);
		if (names.length >= 2) return this.services.viewStates.forNote(this.path, names);
		this.ownState ??= new NoteViewState(analysis.note.frameworks, undefined);
		return this.ownState;
	}

	/**
	 * Another block of a group hides only while the group's start draws it: a block Obsidian
	 * renders before the group's first one (a link led below it) shows as Obsidian drew it until then.
	 */
	private setMember(member: { line: number; item: number } | null): void {
		this.member = member;
		this.watch(member !== null || this.view !== null);
		this.containerEl.toggleClass(MEMBER_CLASS, member !== null && this.live.startOf(this.path, member.line) !== null);
	}

	private undraw(): void {
		this.leaveBar?.();
		this.leaveBar = null;
		this.view?.dispose();
		this.view = null;
		if (this.owner) this.removeChild(this.owner);
		this.owner = null;
		this.signature = "";
		this.drawnWith = null;
		this.drawnAt = null;
		this.ready = Promise.resolve();
		this.containerEl.removeClass(START_CLASS);
	}

	/** Only a block of a group watches for a link landing in it: a note's other blocks cost nothing. */
	private watching = false;

	private watch(on: boolean): void {
		if (on === this.watching) return;
		this.watching = on;
		if (on) this.observer.observe(this.containerEl, { attributes: true, attributeFilter: ["class"], attributeOldValue: true, subtree: true });
		else this.observer.disconnect();
	}

	/** Back to what Obsidian drew. */
	private clear(): void {
		this.undraw();
		this.setMember(null);
		if (this.containerEl.getAttribute("class") === "") this.containerEl.removeAttribute("class");
	}

	/** A link led to `target`, a heading in this block: the group shows that item, and scrolls to it. */
	private followedTo(target: HTMLElement): void {
		if (this.view) {
			const inView = this.view.el.contains(target);
			const column = target.closest<HTMLElement>(".framework-compare-section-column, .framework-compare-code-panel");
			const index = inView && column ? Array.from(column.parentElement?.children ?? []).indexOf(column) : 0;
			this.view.reveal(index);
			return;
		}
		if (!this.member || this.member.item < 0) return;
		const start = this.live.startOf(this.path, this.member.line);
		start?.view?.reveal(this.member.item);
	}
}

/** Registers the processor; `ready` of each block is awaited so Obsidian measures the drawn group. */
export function registerGroupBlocks(plugin: Plugin, services: GroupServices): void {
	const live = new LiveGroupBlocks();
	plugin.register(() => live.dispose());
	plugin.registerMarkdownPostProcessor(async (el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		// What a group renders of the note is not a block of the note.
		if (el.closest(".framework-compare-group")) return;
		await services.settingsReady;
		const block = new GroupBlock(el, ctx, services, live);
		services.sections.track(block);
		ctx.addChild(block);
		await block.ready;
	});
	// Blocks Obsidian leaves alone after an edit still follow the note (a heading renamed, a section added).
	plugin.registerEvent(services.app.metadataCache.on("changed", (file) => live.refreshSoon(file.path)));
}
