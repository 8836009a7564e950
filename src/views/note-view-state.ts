// One state per open note, shared by every view of that note: hiding a
// framework in one table's toolbar hides it in all tables and charts.
export type SortDirection = "ascending" | "descending";

export interface TableViewChoices {
	transposed?: boolean;
	/** Header texts of the hidden non-framework columns. */
	hiddenColumns?: string[];
	sort?: { column: number; direction: SortDirection };
}

export interface ChartViewChoices {
	view?: "chart" | "table" | "text";
	grouping?: "column" | "framework";
	scale?: "linear" | "log" | "percent";
	/** Labels of the hidden chart columns. */
	hiddenColumns?: string[];
}

/** How one group of per-framework sections or code samples is shown; absent: the default (side by side, tabs). */
export interface GroupViewChoices {
	/** Sections: "flow" shows them in the note's flow; code samples: "side-by-side" shows all at once. */
	layout?: "flow" | "side-by-side";
	/** Code samples: the label of the selected tab. */
	selected?: string;
}

export interface NoteViewSnapshot {
	hiddenFrameworks: string[];
	/** Per table, keyed by the core's `tableKey` (its header, and which table with that header). */
	tables?: Record<string, TableViewChoices>;
	/** Per chart, keyed by the core's `chartKey` (its title and columns, and which chart with those). */
	charts?: Record<string, ChartViewChoices>;
	/** Per group of per-framework sections or code samples, keyed by the core's `groupKeys`. */
	groups?: Record<string, GroupViewChoices>;
}

type Listener = () => void;

export class NoteViewState {
	private hidden: Set<string>;
	private tables: Record<string, TableViewChoices>;
	private charts: Record<string, ChartViewChoices>;
	private groups: Record<string, GroupViewChoices>;
	private listeners = new Set<Listener>();
	/** Views drawing each table or chart now, by `table:KEY` or `chart:KEY`. */
	private drawn = new Map<string, number>();

	/** The note's frameworks, in the note's order. */
	frameworks: readonly string[];
	/** Each framework's place in `frameworks`: a note listing 10,000 names asks this per row. */
	private positions = new Map<string, number>();

	constructor(
		frameworks: readonly string[],
		snapshot: Readonly<NoteViewSnapshot> | undefined,
		private readonly onChange: (snapshot: NoteViewSnapshot) => void = () => undefined,
		/** "note": every view of the note shares it, and its toggles may move to the note's framework bar; "view": one view's own. */
		readonly scope: "note" | "view" = "view",
	) {
		this.frameworks = [...frameworks];
		this.index();
		// A framework renamed or removed from the note since the state was saved is forgotten.
		const saved: unknown = snapshot?.hiddenFrameworks;
		this.hidden = new Set(Array.isArray(saved) ? saved.filter((name): name is string => typeof name === "string" && this.positions.has(name)) : []);
		this.tables = dictionary(snapshot?.tables);
		this.charts = dictionary(snapshot?.charts);
		this.groups = dictionary(snapshot?.groups);
	}

	/**
	 * The note was edited and now compares other names: every view of it keeps
	 * sharing this one state, and choices for names still there are kept.
	 */
	setFrameworks(frameworks: readonly string[]): void {
		if (frameworks.length === this.frameworks.length && frameworks.every((name, i) => name === this.frameworks[i])) return;
		this.frameworks = [...frameworks];
		this.index();
		for (const name of [...this.hidden]) if (!this.positions.has(name)) this.hidden.delete(name);
		this.changed();
	}

	private index(): void {
		this.positions = new Map();
		this.frameworks.forEach((name, i) => {
			if (!this.positions.has(name)) this.positions.set(name, i);
		});
	}

	/** Whether the note compares this name. */
	has(framework: string): boolean {
		return this.positions.has(framework);
	}

	/** The framework's place in the note's order, or -1. */
	position(framework: string): number {
		return this.positions.get(framework) ?? -1;
	}

	isHidden(framework: string): boolean {
		return this.hidden.has(framework);
	}

	/** How many frameworks are hidden, without listing them: a toolbar asks on every change. */
	get hiddenCount(): number {
		return this.hidden.size;
	}

	get hiddenFrameworks(): string[] {
		return this.frameworks.filter((name) => this.hidden.has(name));
	}

	setHidden(framework: string, hidden: boolean): void {
		if (!this.positions.has(framework) || this.hidden.has(framework) === hidden) return;
		if (hidden) this.hidden.add(framework);
		else this.hidden.delete(framework);
		this.changed();
	}

	toggle(framework: string): void {
		this.setHidden(framework, !this.hidden.has(framework));
	}

	/** Shows every framework and every hidden table or chart column again; other choices stay. */
	showAll(): void {
		if (!this.anythingHidden) return;
		this.hidden.clear();
		for (const table of Object.values(this.tables)) delete table.hiddenColumns;
		for (const chart of Object.values(this.charts)) delete chart.hiddenColumns;
		this.changed();
	}

	/** Back to how the note is written: everything shown, no transposing, sorting or chart choices. */
	reset(): void {
		this.hidden.clear();
		this.tables = dictionary<TableViewChoices>(undefined);
		this.charts = dictionary<ChartViewChoices>(undefined);
		this.groups = dictionary<GroupViewChoices>(undefined);
		this.changed();
	}

	/**
	 * Whether anything on the page is hidden: a framework, or a column of a
	 * table or chart some view draws now. Choices kept for a table the note no
	 * longer has (its header was edited) hide nothing, so they light no "Show all".
	 */
	get anythingHidden(): boolean {
		return (
			this.hidden.size > 0 ||
			Object.entries(this.tables).some(([key, t]) => this.drawn.has(`table:${key}`) && (t.hiddenColumns?.length ?? 0) > 0) ||
			Object.entries(this.charts).some(([key, c]) => this.drawn.has(`chart:${key}`) && chartHidesColumns(c))
		);
	}

	/**
	 * A view draws the table or chart with this key until the returned function
	 * is called; only what views draw counts as hidden. The note's other views
	 * hear of it when that changes whether anything is hidden.
	 */
	draws(kind: "table" | "chart", key: string): () => void {
		const id = `${kind}:${key}`;
		const count = (by: number) => {
			const before = this.anythingHidden;
			const next = (this.drawn.get(id) ?? 0) + by;
			if (next > 0) this.drawn.set(id, next);
			else this.drawn.delete(id);
			if (this.anythingHidden !== before) for (const listener of [...this.listeners]) listener();
		};
		count(1);
		let done = false;
		return () => {
			if (done) return;
			done = true;
			count(-1);
		};
	}

	table(key: string): Readonly<TableViewChoices> {
		return this.tables[key] ?? {};
	}

	updateTable(key: string, patch: Partial<TableViewChoices>): void {
		const next: TableViewChoices = { ...this.tables[key], ...patch };
		for (const name of Object.keys(patch) as (keyof TableViewChoices)[]) if (patch[name] === undefined) delete next[name];
		this.tables[key] = next;
		this.changed();
	}

	chart(key: string): Readonly<ChartViewChoices> {
		return this.charts[key] ?? {};
	}

	updateChart(key: string, patch: Partial<ChartViewChoices>): void {
		const next: ChartViewChoices = { ...this.charts[key], ...patch };
		for (const name of Object.keys(patch) as (keyof ChartViewChoices)[]) if (patch[name] === undefined) delete next[name];
		this.charts[key] = next;
		this.changed();
	}

	group(key: string): Readonly<GroupViewChoices> {
		return this.groups[key] ?? {};
	}

	updateGroup(key: string, patch: Partial<GroupViewChoices>): void {
		const next: GroupViewChoices = { ...this.groups[key], ...patch };
		for (const name of Object.keys(patch) as (keyof GroupViewChoices)[]) if (patch[name] === undefined) delete next[name];
		if (Object.keys(next).length > 0) this.groups[key] = next;
		else delete this.groups[key];
		this.changed();
	}

	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	snapshot(): NoteViewSnapshot {
		const snapshot: NoteViewSnapshot = { hiddenFrameworks: this.hiddenFrameworks };
		const tables = Object.entries(this.tables).filter(([, choices]) => Object.keys(choices).length > 0);
		if (tables.length > 0) snapshot.tables = structuredCloneSafe(Object.fromEntries(tables));
		if (Object.keys(this.charts).length > 0) snapshot.charts = structuredCloneSafe(this.charts);
		if (Object.keys(this.groups).length > 0) snapshot.groups = structuredCloneSafe(this.groups);
		return snapshot;
	}

	private changed(): void {
		for (const listener of [...this.listeners]) listener();
		this.onChange(this.snapshot());
	}
}

/** A chart hides something when its saved choices list a hidden column. */
function chartHidesColumns(choices: ChartViewChoices): boolean {
	return (choices.hiddenColumns?.length ?? 0) > 0;
}

/**
 * A copy of saved choices keyed by table or chart, with no prototype: a table
 * whose header is `__proto__` or `constructor` gets its own entry like any other,
 * and never reads or replaces Object's.
 */
function dictionary<T>(saved: Readonly<Record<string, T>> | undefined): Record<string, T> {
	const copy = Object.create(null) as Record<string, T>;
	if (typeof saved === "object" && saved !== null) Object.assign(copy, structuredCloneSafe(saved));
	return copy;
}

function structuredCloneSafe<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
