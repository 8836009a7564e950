// The host page: builds App from the served vault, loads the built main.js
// the way Obsidian loads a community plugin, and shows notes.
import * as obsidian from "./obsidian/index";
import { App } from "./obsidian/app";
import { Component } from "./obsidian/component";
import { installDomHelpers } from "./obsidian/dom-helpers";
import { MarkdownView, WorkspaceLeaf, type MarkdownViewModeType } from "./obsidian/markdown-view";
import { setMarkdownRendering } from "./obsidian/markdown-renderer";
import { MetadataCache } from "./obsidian/metadata-cache";
import type { Plugin, PluginManifest } from "./obsidian/plugin";
import { Vault, type TFile } from "./obsidian/vault";
import { Workspace } from "./obsidian/workspace";
import { createMarkdown } from "./markdown";
import { ReadingView } from "./reading-view";

installDomHelpers(window);

const api = "/api";
const vault = new Vault(api);
let metadataCache!: MetadataCache;
const md = createMarkdown(
	(path) => metadataCache.getFirstLinkpathDest(path, view.file?.path ?? "")?.path ?? null,
	(path) => `${api}/file?path=${encodeURIComponent(path)}`,
);
metadataCache = new MetadataCache(vault, md);

const leafEl = document.querySelector<HTMLElement>(".workspace-leaf-content")!;
const viewEl = document.querySelector<HTMLElement>(".markdown-reading-view")!;
const editorEl = document.querySelector<HTMLTextAreaElement>(".markdown-source-view textarea")!;
const statusEl = document.querySelector<HTMLElement>(".host-status")!;

const workspace = new Workspace(
	metadataCache,
	{
		open: async (file, subpath, newLeaf) => {
			// Ctrl/Cmd-click: a second pane beside the first, as a new tab split to the right.
			if (newLeaf) {
				const pane = secondPane();
				await pane.markdownView.openFile(file, subpath);
				workspace.setActiveLeaf(pane.markdownView.leaf);
				return;
			}
			history.pushState(null, "", `?note=${encodeURIComponent(file.path)}${subpath ? `#${encodeURIComponent(subpath.slice(1))}` : ""}`);
			await show(file, subpath);
			// As Obsidian opens a link in the main area from a sidebar: that leaf becomes the active one.
			workspace.setActiveLeaf(leaf);
		},
		// As Obsidian does: following a link to a note that does not exist creates it.
		unresolved: async (linktext) => {
			const path = `${linktext.split("#")[0].replace(/\.md$/, "")}.md`;
			const file = await vault.create(path, "");
			new obsidian.Notice(`Created "${path}", as Obsidian does for a link to a missing note.`);
			history.pushState(null, "", `?note=${encodeURIComponent(file.path)}`);
			await show(file);
		},
	},
	viewEl,
);
const app = new App(vault, metadataCache, workspace);
const view = new ReadingView(app, md, viewEl);
view.load();
// The page's one leaf: a MarkdownView whose reading view is `view` and whose source mode edits the note.
const markdownView = new MarkdownView(app, leafEl, view, editorEl);
const leaf = new WorkspaceLeaf(app, markdownView, document.body);
workspace.addLeaf(leaf);
markdownView.load();
// MarkdownRenderer.render draws as embeds and hover previews are drawn.
setMarkdownRendering((markdown, el, sourcePath, component) => view.renderMarkdown(el, markdown, sourcePath, component));

// The right sidebar: one tab per leaf, the revealed one shown; collapsed until a leaf is revealed.
const rightSplit = document.querySelector<HTMLElement>(".mod-right-split")!;
const rightTabs = rightSplit.querySelector<HTMLElement>(".workspace-tab-header-container-inner")!;
const rightLeaves = rightSplit.querySelector<HTMLElement>(".workspace-tab-container")!;
const sideLeaves = new Map<WorkspaceLeaf, { tab: HTMLElement; el: HTMLElement }>();
function setRightOpen(open: boolean): void {
	rightSplit.toggleClass("is-collapsed", !open);
	document.body.toggleClass("host-right-open", open);
}
function revealSideLeaf(shown: WorkspaceLeaf): void {
	for (const [sideLeaf, { tab, el }] of sideLeaves) {
		const active = sideLeaf === shown;
		tab.toggleClass("is-active", active);
		tab.setAttribute("aria-selected", String(active));
		tab.setText(sideLeaf.getDisplayText());
		el.toggleClass("is-hidden", !active);
	}
	setRightOpen(true);
}
workspace.rightSidebar = {
	createLeaf() {
		const el = rightLeaves.createDiv({ cls: "workspace-leaf is-hidden" });
		const tab = rightTabs.createDiv({ cls: "workspace-tab-header", attr: { role: "tab", tabindex: "0", "aria-selected": "false" } });
		const sideLeaf = new WorkspaceLeaf(app, null, el);
		sideLeaves.set(sideLeaf, { tab, el });
		tab.addEventListener("click", () => revealSideLeaf(sideLeaf));
		return sideLeaf;
	},
	reveal: revealSideLeaf,
	remove(sideLeaf) {
		const parts = sideLeaves.get(sideLeaf);
		parts?.tab.remove();
		parts?.el.remove();
		sideLeaves.delete(sideLeaf);
		if (sideLeaves.size === 0) setRightOpen(false);
	},
};
rightSplit.querySelector<HTMLButtonElement>(".host-sidebar-close")!.addEventListener("click", () => setRightOpen(false));
// As in Obsidian, pressing or focusing inside a leaf makes it the active leaf.
const activateLeafAt = (evt: Event) => {
	const target = evt.target instanceof Element ? evt.target : null;
	if (!target) return;
	for (const candidate of [...sideLeaves.keys(), ...panes().map((pane) => pane.markdownView.leaf)]) {
		const el = candidate.view instanceof MarkdownView ? candidate.view.containerEl : candidate.el;
		if (el.contains(target)) {
			workspace.setActiveLeaf(candidate);
			return;
		}
	}
};
document.addEventListener("pointerdown", activateLeafAt, true);
document.addEventListener("focusin", activateLeafAt, true);

vault.on("rename", (file: unknown, oldPath: unknown) => {
	metadataCache.renamed(file as TFile, oldPath as string);
	if (view.file === file) history.replaceState(null, "", `?note=${encodeURIComponent((file as TFile).path)}`);
});
vault.on("delete", (file: unknown) => metadataCache.forget((file as TFile).path));

// Obsidian's page preview: hovering a link to a note shows it in a popover, rendered
// through every post-processor with no section info, until the pointer leaves.
let popover: { el: HTMLElement; owner: Component; target: HTMLElement } | null = null;
function closePopover(): void {
	popover?.owner.unload();
	popover?.el.remove();
	popover = null;
}
workspace.on("hover-link", (info: unknown) => {
	const { linktext, sourcePath, targetEl } = info as { linktext: string; sourcePath: string; targetEl?: HTMLElement };
	if (!targetEl || popover?.target === targetEl) return;
	const file = metadataCache.getFirstLinkpathDest(linktext.split("#")[0] ?? "", sourcePath);
	if (!file || file.extension !== "md") return;
	closePopover();
	const el = document.body.createDiv({ cls: "popover hover-popover", attr: { "data-note-path": file.path } });
	const box = targetEl.getBoundingClientRect();
	// Inside the window, as Obsidian places it: a link near the right edge (a sidebar) opens it to the left.
	const width = Math.min(480, window.innerWidth - 16);
	el.style.left = `${Math.round(Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + window.scrollX)}px`;
	el.style.maxWidth = `${width}px`;
	el.style.top = `${Math.round(box.bottom + window.scrollY + 4)}px`;
	const content = el.createDiv({ cls: "markdown-embed" }).createDiv({ cls: "markdown-preview-view markdown-rendered" });
	const owner = new Component();
	owner.load();
	const shown = { el, owner, target: targetEl };
	popover = shown;
	const rendering = view.renderDetached(content, file, owner).then(() => el.addClass("is-loaded"));
	previews.push(rendering);
	let timer = 0;
	const leave = () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			if (popover === shown && !el.matches(":hover") && !targetEl.matches(":hover")) closePopover();
		}, 300);
	};
	targetEl.addEventListener("mouseleave", leave);
	el.addEventListener("mouseleave", leave);
});
// A click outside the preview (following the link, say) closes it, as in Obsidian.
document.addEventListener(
	"click",
	(event) => {
		if (popover && !popover.el.contains(event.target as Node)) closePopover();
	},
	true,
);
const previews: Promise<void>[] = [];
// As Obsidian: a new or changed note is indexed, then the cache says "changed".
for (const event of ["create", "modify"]) {
	vault.on(event, (file: unknown) => {
		if ((file as TFile).extension === "md") metadataCache.indexFile(file as TFile);
	});
}
// The reading view of a changed note re-renders only the sections whose text changed, in every pane.
vault.on("modify", (file: unknown) => {
	const changed = file as TFile;
	for (const pane of panes()) {
		if (pane.view.file !== changed || pane.markdownView.getMode() !== "preview") continue;
		void pane.view.update(changed, vault.peek(changed.path) ?? "");
	}
});

interface Pane {
	view: ReadingView;
	markdownView: MarkdownView;
}
let second: Pane | null = null;
const panes = (): Pane[] => [{ view, markdownView }, ...(second ? [second] : [])];

/** The second pane, made on first use: its own leaf, reading view and editor, as a split in Obsidian. */
function secondPane(): Pane {
	if (second) return second;
	const el = document.body.createEl("aside", { cls: "workspace-leaf-content host-second-pane", attr: { "data-type": "markdown", "data-mode": "preview" } });
	const readingEl = el.createDiv({ cls: "markdown-reading-view" });
	const textarea = el.createDiv({ cls: "markdown-source-view" }).createEl("textarea", { cls: "host-editor", attr: { spellcheck: "false", "aria-label": "Note source (second pane)" } });
	const paneView = new ReadingView(app, md, readingEl);
	paneView.load();
	const paneMarkdownView = new MarkdownView(app, el, paneView, textarea);
	workspace.addLeaf(new WorkspaceLeaf(app, paneMarkdownView, document.body));
	paneMarkdownView.load();
	document.body.addClass("host-split");
	second = { view: paneView, markdownView: paneMarkdownView };
	return second;
}

(window as unknown as { require: (id: string) => unknown }).require = (id: string) => {
	if (id === "obsidian") return obsidian;
	throw new Error(`Cannot find module '${id}' (the host provides only "obsidian", as Obsidian mobile does)`);
};

let plugin: Plugin | null = null;
let pluginLoadMs: number | null = null;
let styleEl: HTMLStyleElement | null = null;

async function loadPlugin(): Promise<void> {
	if (plugin) return;
	const manifest = (await (await fetch("/plugin/manifest.json")).json()) as PluginManifest;
	const code = await (await fetch("/plugin/main.js")).text();
	const css = await fetch("/plugin/styles.css");
	// Obsidian evaluates main.js as a CommonJS module with its own require.
	const module = { exports: {} as Record<string, unknown> };
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is how Obsidian itself runs a plugin's main.js
	const factory = new Function("require", "module", "exports", `${code}\n//# sourceURL=plugin:${manifest.id}`) as (
		r: unknown,
		m: unknown,
		e: unknown,
	) => void;
	factory((window as unknown as { require: unknown }).require, module, module.exports);
	const PluginClass = (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => Plugin;
	if (css.ok) {
		styleEl = document.head.createEl("style", { attr: { "data-plugin": manifest.id } });
		styleEl.textContent = await css.text();
	}
	plugin = new PluginClass(app, manifest);
	plugin.dataUrl = `${api}/plugin-data/${encodeURIComponent(manifest.id)}`;
	// How long onload takes, as Obsidian's own start-up timing counts it (bench/reading-view.mjs reads it).
	const loadStarted = performance.now();
	await plugin.loadAsync();
	pluginLoadMs = performance.now() - loadStarted;
	updateChrome();
}

function unloadPlugin(): void {
	plugin?.unload();
	plugin = null;
	styleEl?.remove();
	styleEl = null;
	updateChrome();
}

async function show(file: TFile, subpath = ""): Promise<void> {
	workspace.setActiveFile(file);
	document.title = `${file.basename} - Framework Compare demo`;
	statusEl.setText(file.path);
	await markdownView.openFile(file, subpath);
	document.body.dataset.renderedNote = file.path;
}

function noteFromUrl(): TFile | null {
	const wanted = new URLSearchParams(location.search).get("note");
	if (wanted) return vault.getFileByPath(wanted);
	const files = vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
	return vault.getFileByPath("Welcome.md") ?? files[0] ?? null;
}

async function showFromUrl(): Promise<void> {
	const file = noteFromUrl();
	if (!file) {
		view.clear();
		view.sizerEl.createDiv({ cls: "host-missing", text: "No such note in this vault." });
		return;
	}
	const hash = decodeURIComponent(location.hash.slice(1));
	await show(file, hash ? `#${hash}` : "");
}

// --- page chrome: theme, commands, settings, plugin on/off ---
const themeButton = document.querySelector<HTMLButtonElement>("#host-theme")!;
const commandSelect = document.querySelector<HTMLSelectElement>("#host-commands")!;
const settingsButton = document.querySelector<HTMLButtonElement>("#host-settings")!;
const settingsDialog = document.querySelector<HTMLDialogElement>("#host-settings-dialog")!;
const pluginToggle = document.querySelector<HTMLButtonElement>("#host-plugin-toggle")!;
const notesSelect = document.querySelector<HTMLSelectElement>("#host-notes")!;
const modeButton = document.querySelector<HTMLButtonElement>("#host-mode")!;

async function setMode(mode: MarkdownViewModeType): Promise<void> {
	await leaf.setViewState({ type: "markdown", state: { mode } });
	modeButton.setText(mode === "source" ? "Reading view" : "Source mode");
}
modeButton.addEventListener("click", () => void setMode(markdownView.getMode() === "source" ? "preview" : "source"));

function setTheme(theme: "light" | "dark"): void {
	document.body.toggleClass("theme-dark", theme === "dark");
	document.body.toggleClass("theme-light", theme === "light");
	themeButton.setText(theme === "dark" ? "Light theme" : "Dark theme");
}
themeButton.addEventListener("click", () => setTheme(document.body.hasClass("theme-dark") ? "light" : "dark"));
setTheme(new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light");
// Obsidian marks the body `is-mobile` (and `is-phone` on a phone) in its mobile app; `&mobile=1` does the same here.
if (new URLSearchParams(location.search).get("mobile") === "1") document.body.addClasses(["is-mobile", "is-phone"]);

function updateChrome(): void {
	pluginToggle.setText(plugin ? "Disable plugin" : "Enable plugin");
	commandSelect.empty();
	commandSelect.createEl("option", { text: "Run a command…", value: "" });
	for (const command of app.registries.commands.values()) commandSelect.createEl("option", { text: command.name, value: command.id });
}

commandSelect.addEventListener("change", () => {
	const command = app.registries.commands.get(commandSelect.value);
	commandSelect.value = "";
	if (!command) return;
	// As Obsidian's palette: a command whose check says no is not run; editor commands need a note in source mode.
	if (command.editorCheckCallback || command.editorCallback) {
		const editorView = workspace.getActiveViewOfType(MarkdownView);
		const editor = editorView && editorView.file && editorView.getMode() === "source" ? editorView.editor : null;
		const check = command.editorCheckCallback;
		if (!editorView || !editor || (check && !check(true, editor, editorView))) new obsidian.Notice(`"${command.name}" is not available here.`);
		else if (check) check(false, editor, editorView);
		else void command.editorCallback?.(editor, editorView);
	} else if (command.checkCallback) {
		if (command.checkCallback(true)) command.checkCallback(false);
		else new obsidian.Notice(`"${command.name}" is not available here.`);
	} else void command.callback?.();
});

settingsButton.addEventListener("click", () => {
	const body = settingsDialog.querySelector<HTMLElement>(".host-settings-body")!;
	body.empty();
	for (const tab of app.registries.settingTabs) {
		body.appendChild(tab.containerEl);
		tab.display();
	}
	if (app.registries.settingTabs.length === 0) body.createDiv({ text: "No plugin settings (the plugin is disabled)." });
	settingsDialog.showModal();
});
settingsDialog.addEventListener("close", () => {
	for (const tab of app.registries.settingTabs) tab.hide();
});

pluginToggle.addEventListener("click", () => {
	void (async () => {
		if (plugin) unloadPlugin();
		else await loadPlugin();
		await showFromUrl();
	})();
});

notesSelect.addEventListener("change", () => {
	const file = vault.getFileByPath(notesSelect.value);
	if (file) void workspace.openLinkText(file.path, "", false);
});

window.addEventListener("popstate", () => void showFromUrl());

async function start(): Promise<void> {
	await vault.loadFromServer();
	metadataCache.indexAll();
	for (const file of vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path))) {
		notesSelect.createEl("option", { text: file.path.replace(/\.md$/, ""), value: file.path });
	}
	const noPlugin = new URLSearchParams(location.search).get("plugin") === "off";
	if (!noPlugin) await loadPlugin();
	else updateChrome();
	await showFromUrl();
	notesSelect.value = view.file?.path ?? "";
	workspace.markLayoutReady();
}

const ready = start();

/** CONTRACT §5: the test hooks tools outside the code rely on. */
(window as unknown as { frameworkCompareHost: unknown }).frameworkCompareHost = {
	/** Replaces a note's text as an edit in the editor would, and resolves once the reading view has caught up. */
	async edit(path: string, text: string): Promise<void> {
		await ready;
		const file = vault.getFileByPath(path);
		if (!file) throw new Error(`no such note: ${path}`);
		if (markdownView.file === file) markdownView.reload(text);
		await vault.modify(file, text);
		await view.idle();
		await markdownView.previewMode.rendering;
		await view.idle();
	},
};

// What the end-to-end tests reach for; people use the page chrome.
(window as unknown as { host: unknown }).host = {
	app,
	ready,
	get plugin() {
		return plugin;
	},
	get pluginLoadMs() {
		return pluginLoadMs;
	},
	loadPlugin,
	unloadPlugin,
	showFromUrl,
	async open(path: string) {
		await workspace.openLinkText(path, "", false);
	},
	async rename(from: string, to: string) {
		const file = vault.getFileByPath(from);
		if (!file) throw new Error(`no such file ${from}`);
		await vault.rename(file, to);
		if (view.file === file) await show(file);
	},
	setTheme,
	setMode,
	view: markdownView,
	/** Renders every section of the note shown, as scrolling to its end would. */
	renderAll: () => view.renderAll(),
	/** Resolves when the reading view, and any hover preview, has rendered what it started to. */
	idle: async () => {
		for (const pane of panes()) await pane.view.idle();
		await Promise.all(previews);
	},
};
