// Modal, SuggestModal and FuzzySuggestModal as obsidian.d.ts documents them,
// drawn with Obsidian's classes (.modal-container, .prompt, .suggestion-item).
// Arrow keys move the selection, Enter chooses, Escape closes; choosing
// closes the modal first, then calls onChooseSuggestion, as Obsidian does.
import type { App } from "./app";

export interface SearchResult {
	score: number;
	matches: [number, number][];
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

export interface Instruction {
	command: string;
	purpose: string;
}

/**
 * Obsidian's fuzzy search: every character of the query, in order, case
 * folded; tighter and earlier matches score higher (scores are negative).
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		if (wanted === "") return { score: 0, matches: [] };
		const lower = text.toLowerCase();
		const matches: [number, number][] = [];
		let from = 0;
		let score = 0;
		for (const ch of wanted) {
			const at = lower.indexOf(ch, from);
			if (at < 0) return null;
			score -= at - from;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		return { score: score - (matches[0]?.[0] ?? 0) * 0.1 - matches.length, matches };
	};
}

export class Modal {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;
	private isOpen = false;
	private restoreFocus: Element | null = null;
	private readonly onKeyDown = (evt: KeyboardEvent) => {
		if (evt.key === "Escape") {
			evt.preventDefault();
			evt.stopPropagation();
			this.close();
			return;
		}
		this.onKey(evt);
	};

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const close = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close", role: "button" } });
		close.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		this.restoreFocus = document.activeElement;
		document.body.appendChild(this.containerEl);
		document.addEventListener("keydown", this.onKeyDown, true);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		document.removeEventListener("keydown", this.onKeyDown, true);
		this.containerEl.detach();
		this.onClose();
		this.closeCallback?.();
		if (this.shouldRestoreSelection && this.restoreFocus instanceof HTMLElement && this.restoreFocus.isConnected) this.restoreFocus.focus();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.empty();
		if (typeof content === "string") this.contentEl.setText(content);
		else this.contentEl.appendChild(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}

	/** Host: keys other than Escape while the modal is open (its scope in Obsidian). */
	protected onKey(_evt: KeyboardEvent): void {}
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private instructionsEl: HTMLElement;
	private values: T[] = [];
	private itemEls: HTMLElement[] = [];
	private selected = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.empty();
		this.modalEl.className = "prompt";
		this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", attr: { type: "text", enterkeyhint: "done" } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttribute("placeholder", placeholder);
	}

	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const { command, purpose } of instructions) {
			const el = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: command });
			el.createSpan({ text: purpose });
		}
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		void this.updateSuggestions();
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.values[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	protected override onKey(evt: KeyboardEvent): void {
		if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			evt.preventDefault();
			const step = evt.key === "ArrowDown" ? 1 : -1;
			if (this.values.length > 0) this.setSelected((this.selected + step + this.values.length) % this.values.length);
		} else if (evt.key === "Enter" && !evt.isComposing) {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		}
	}

	private async updateSuggestions(): Promise<void> {
		const query = this.inputEl.value;
		const values = (await this.getSuggestions(query)).slice(0, this.limit);
		if (query !== this.inputEl.value) return;
		this.values = values;
		this.resultContainerEl.empty();
		if (values.length === 0) {
			this.itemEls = [];
			this.onNoSuggestion();
			return;
		}
		this.itemEls = values.map((value, index) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(value, el);
			el.addEventListener("mousemove", () => this.setSelected(index));
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
			return el;
		});
		this.setSelected(0);
	}

	private setSelected(index: number): void {
		this.selected = index;
		this.itemEls.forEach((el, i) => el.toggleClass("is-selected", i === index));
		this.itemEls[index]?.scrollIntoView({ block: "nearest" });
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const found: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		// Best first; the items' own order among equals.
		return query.trim() === "" ? found : found.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		const text = this.getItemText(item.item);
		let at = 0;
		for (const [start, end] of item.match.matches) {
			if (start > at) el.appendText(text.slice(at, start));
			el.createSpan({ cls: "suggestion-highlight", text: text.slice(start, end) });
			at = end;
		}
		if (at < text.length) el.appendText(text.slice(at));
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
