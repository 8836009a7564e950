// The Editor of a note in source mode, as obsidian.d.ts documents the
// methods the plugin uses, over a <textarea>. Like CodeMirror it works on
// "\n"-separated lines (a CRLF note is written back with CRLF), keeps an undo
// history of every change, typed or made through the API, and hands each
// change to its view, which saves it through the vault as Obsidian does.

export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}

export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}

export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: EditorRangeOrCaret[];
	selection?: EditorRangeOrCaret;
}

interface Snapshot {
	value: string;
	anchor: number;
	head: number;
}

/** Typing within this many milliseconds of the last keystroke undoes as one step. */
const TYPING_GROUP_MS = 800;

export class Editor {
	private undoStack: Snapshot[] = [];
	private redoStack: Snapshot[] = [];
	private lastTyped = 0;

	constructor(
		readonly textarea: HTMLTextAreaElement,
		/** Called after every change, typed or not. */
		private readonly onChange: () => void,
	) {
		textarea.addEventListener("beforeinput", () => {
			const now = Date.now();
			if (now - this.lastTyped > TYPING_GROUP_MS) this.record();
			this.lastTyped = now;
		});
		textarea.addEventListener("input", () => this.onChange());
		textarea.addEventListener("keydown", (evt) => {
			if (!(evt.ctrlKey || evt.metaKey) || evt.altKey) return;
			const key = evt.key.toLowerCase();
			if (key === "z" && !evt.shiftKey) this.undo();
			else if ((key === "z" && evt.shiftKey) || key === "y") this.redo();
			else return;
			evt.preventDefault();
		});
	}

	/** Host: a note opened in the view; its history starts empty. */
	load(value: string): void {
		this.textarea.value = value;
		this.undoStack = [];
		this.redoStack = [];
		this.lastTyped = 0;
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.textarea.value;
	}

	setValue(content: string): void {
		this.apply(0, this.textarea.value.length, content);
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.textarea.value.slice(this.posToOffset(from), this.posToOffset(to));
	}

	getSelection(): string {
		return this.textarea.value.slice(this.textarea.selectionStart, this.textarea.selectionEnd);
	}

	somethingSelected(): boolean {
		return this.textarea.selectionStart !== this.textarea.selectionEnd;
	}

	replaceSelection(replacement: string): void {
		this.apply(this.textarea.selectionStart, this.textarea.selectionEnd, replacement);
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		this.apply(this.posToOffset(from), this.posToOffset(to ?? from), replacement);
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const { selectionStart, selectionEnd, selectionDirection } = this.textarea;
		const backward = selectionDirection === "backward";
		const offset =
			side === "from" ? selectionStart : side === "to" ? selectionEnd : side === "head" ? (backward ? selectionStart : selectionEnd) : backward ? selectionEnd : selectionStart;
		return this.offsetToPos(offset);
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(at);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		const a = this.posToOffset(anchor);
		const h = this.posToOffset(head ?? anchor);
		this.textarea.setSelectionRange(Math.min(a, h), Math.max(a, h), h < a ? "backward" : "forward");
	}

	focus(): void {
		this.textarea.focus();
	}

	blur(): void {
		this.textarea.blur();
	}

	hasFocus(): boolean {
		return this.textarea.ownerDocument.activeElement === this.textarea;
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += (lines[i] ?? "").length + 1;
		return offset + Math.max(0, Math.min(pos.ch, (lines[line] ?? "").length));
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.textarea.value.slice(0, Math.max(0, Math.min(offset, this.textarea.value.length)));
		const line = before.split("\n").length - 1;
		return { line, ch: before.length - before.lastIndexOf("\n") - 1 };
	}

	/** Every change of the transaction undoes as one step. Changes are given in the document before the transaction. */
	transaction(tx: EditorTransaction): void {
		const ranges = (tx.changes ?? []).map((change) => ({
			from: this.posToOffset(change.from),
			to: this.posToOffset(change.to ?? change.from),
			text: change.text,
		}));
		if (tx.replaceSelection !== undefined) ranges.push({ from: this.textarea.selectionStart, to: this.textarea.selectionEnd, text: tx.replaceSelection });
		if (ranges.length === 0 && !tx.selection && !tx.selections) return;
		let value = this.textarea.value;
		for (const range of ranges.sort((a, b) => b.from - a.from)) value = value.slice(0, range.from) + range.text + value.slice(range.to);
		if (ranges.length > 0) this.apply(0, this.textarea.value.length, value);
		const selection = tx.selection ?? tx.selections?.[0];
		const first = ranges[ranges.length - 1];
		if (selection) this.setSelection(selection.from, selection.to);
		// Otherwise the caret ends after the first change, as CodeMirror maps it.
		else if (first) this.textarea.setSelectionRange(first.from + first.text.length, first.from + first.text.length);
	}

	undo(): void {
		const snapshot = this.undoStack.pop();
		if (!snapshot) return;
		this.redoStack.push(this.snapshot());
		this.restore(snapshot);
	}

	redo(): void {
		const snapshot = this.redoStack.pop();
		if (!snapshot) return;
		this.undoStack.push(this.snapshot());
		this.restore(snapshot);
	}

	private lines(): string[] {
		return this.textarea.value.split("\n");
	}

	private snapshot(): Snapshot {
		return { value: this.textarea.value, anchor: this.textarea.selectionStart, head: this.textarea.selectionEnd };
	}

	private record(): void {
		this.undoStack.push(this.snapshot());
		this.redoStack = [];
	}

	private apply(from: number, to: number, text: string): void {
		const value = this.textarea.value;
		if (value.slice(from, to) === text) return;
		this.record();
		this.lastTyped = 0;
		this.textarea.value = value.slice(0, from) + text + value.slice(to);
		const caret = from + text.length;
		this.textarea.setSelectionRange(caret, caret);
		this.onChange();
	}

	private restore(snapshot: Snapshot): void {
		this.textarea.value = snapshot.value;
		this.textarea.setSelectionRange(snapshot.anchor, snapshot.head);
		this.lastTyped = 0;
		this.onChange();
	}
}
