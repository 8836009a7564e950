// The pickers the correction commands open: Obsidian's own suggest modals.
import { type App, FuzzySuggestModal, SuggestModal } from "obsidian";

/** A name from a list, found by fuzzy search as in Obsidian's quick switcher. */
export class NamePicker extends FuzzySuggestModal<string> {
	constructor(
		app: App,
		private readonly names: readonly string[],
		placeholder: string,
		private readonly choose: (name: string) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No name matches.";
	}

	getItems(): string[] {
		return [...this.names];
	}

	getItemText(name: string): string {
		return name;
	}

	onChooseItem(name: string): void {
		this.choose(name);
	}
}

export interface Choice {
	title: string;
	/** A second, smaller line: what the choice stands for now. */
	note?: string;
	run: () => void;
}

/** One of a few choices, filtered by the words typed. */
export class ChoicePicker extends SuggestModal<Choice> {
	constructor(
		app: App,
		private readonly choices: readonly Choice[],
		placeholder: string,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "Nothing matches.";
	}

	getSuggestions(query: string): Choice[] {
		const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
		return this.choices.filter((choice) => {
			const text = `${choice.title} ${choice.note ?? ""}`.toLowerCase();
			return words.every((word) => text.includes(word));
		});
	}

	renderSuggestion(choice: Choice, el: HTMLElement): void {
		el.createDiv({ text: choice.title });
		if (choice.note) el.createEl("small", { text: choice.note, cls: "framework-compare-choice-note" });
	}

	onChooseSuggestion(choice: Choice): void {
		choice.run();
	}
}
