// The element helpers Obsidian adds to the DOM prototypes (obsidian.d.ts,
// "declare global"), so plugin code using createEl/empty/setText runs here.
interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: HTMLElement, info: DomElementInfo | string | undefined): void {
	if (info === undefined) return;
	if (typeof info === "string") {
		el.className = info;
		return;
	}
	if (info.cls) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ")).filter(Boolean));
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	if (info.attr) {
		for (const [key, value] of Object.entries(info.attr)) {
			if (value === null || value === false) el.removeAttribute(key);
			else el.setAttribute(key, value === true ? "" : String(value));
		}
	}
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
}

function create<K extends keyof HTMLElementTagNameMap>(
	parent: Node | null,
	tag: K,
	info?: DomElementInfo | string,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, info);
	const target = typeof info === "object" && info.parent ? info.parent : parent;
	if (target) {
		if (typeof info === "object" && info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

export function installDomHelpers(win: Window & typeof globalThis): void {
	const proto = win.Node.prototype as unknown as Record<string, unknown>;
	const elProto = win.Element.prototype as unknown as Record<string, unknown>;
	proto.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, tag, info, cb);
	};
	proto.createDiv = function (this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, "div", info, cb);
	};
	proto.createSpan = function (this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return create(this, "span", info, cb);
	};
	proto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	proto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	proto.setText = function (this: Node, text: string) {
		this.textContent = text;
	};
	proto.appendText = function (this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	};
	elProto.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	elProto.setAttrs = function (this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(attrs)) (this as unknown as { setAttr: (n: string, v: unknown) => void }).setAttr(name, value);
	};
	elProto.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	elProto.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	elProto.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	const g = win as unknown as Record<string, unknown>;
	g.createEl = (tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, tag, info, cb);
	g.createDiv = (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, "div", info, cb);
	g.createSpan = (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => create(null, "span", info, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const fragment = document.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	};
	g.activeDocument = document;
	g.activeWindow = win;
	g.sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
}
