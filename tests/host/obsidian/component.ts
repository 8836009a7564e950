// Component as obsidian.d.ts documents it: children load with their parent,
// everything registered is undone on unload, in reverse order.
export interface EventRef {
	detach(): void;
}

export class Component {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	/** What onload returned: a plugin's async onload is awaited by the loader. */
	protected onloadResult: unknown;

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onloadResult = (this.onload)();
		for (const child of this.children.slice()) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0).reverse()) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.children.indexOf(component);
		if (index >= 0) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.detach());
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	/** Test hook: whether this component is loaded, as Obsidian tracks `_loaded`. */
	get isLoaded(): boolean {
		return this.loaded;
	}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

type Listener = (...args: unknown[]) => unknown;

/** Obsidian's Events: `on` returns an EventRef that `offref` or detach removes. */
export class Events {
	private listeners = new Map<string, Set<Listener>>();

	on(name: string, callback: Listener, ctx?: unknown): EventRef {
		const bound: Listener = ctx ? callback.bind(ctx) : callback;
		let set = this.listeners.get(name);
		if (!set) this.listeners.set(name, (set = new Set()));
		set.add(bound);
		const ref: EventRef = { detach: () => set.delete(bound) };
		return ref;
	}

	offref(ref: EventRef): void {
		ref.detach();
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const listener of [...(this.listeners.get(name) ?? [])]) {
			try {
				listener(...data);
			} catch (error) {
				console.error(`host: listener for "${name}" threw`, error);
			}
		}
	}

	listenerCount(name?: string): number {
		if (name !== undefined) return this.listeners.get(name)?.size ?? 0;
		let count = 0;
		for (const set of this.listeners.values()) count += set.size;
		return count;
	}
}
