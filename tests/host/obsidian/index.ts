// The `obsidian` module as the host provides it to main.js through require().
import { parse as parseYamlText } from "yaml";
import { App } from "./app";
import { Component, Events, MarkdownRenderChild } from "./component";
import { Editor } from "./editor";
import { MarkdownPreviewView, MarkdownView, WorkspaceLeaf } from "./markdown-view";
import { MarkdownRenderer } from "./markdown-renderer";
import { Menu, MenuItem, MenuSeparator } from "./menu";
import { FuzzySuggestModal, Modal, prepareFuzzySearch, SuggestModal } from "./modal";
import { Notice } from "./notice";
import { Plugin } from "./plugin";
import { ButtonComponent, DropdownComponent, PluginSettingTab, Setting, SettingTab, TextComponent, ToggleComponent } from "./setting";
import { TAbstractFile, TFile, TFolder, Vault } from "./vault";
import { MetadataCache } from "./metadata-cache";
import { Workspace } from "./workspace";

export function parseYaml(text: string): unknown {
	return parseYamlText(text) as unknown;
}

export function stringifyYaml(value: unknown): string {
	return JSON.stringify(value);
}

export function normalizePath(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").normalize("NFC");
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
	let timer: number | undefined;
	let lastArgs: T | null = null;
	const run = (): void => {
		timer = undefined;
		if (lastArgs) cb(...lastArgs);
		lastArgs = null;
	};
	const debounced = (...args: T) => {
		lastArgs = args;
		if (timer !== undefined && resetTimer) {
			window.clearTimeout(timer);
			timer = undefined;
		}
		if (timer === undefined) timer = window.setTimeout(run, timeout);
		return debounced;
	};
	debounced.cancel = () => {
		window.clearTimeout(timer);
		timer = undefined;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		window.clearTimeout(timer);
		run();
	};
	return debounced;
}

export const Keymap = {
	isModEvent(evt?: MouseEvent | KeyboardEvent | null): boolean | "tab" {
		if (!evt) return false;
		// Middle-click opens in a new tab, as Ctrl/Cmd-click does.
		if ("button" in evt && evt.button === 1) return "tab";
		return evt.ctrlKey || evt.metaKey ? "tab" : false;
	},
	isModifier(evt: MouseEvent | KeyboardEvent, modifier: string): boolean {
		if (modifier === "Mod") return evt.ctrlKey || evt.metaKey;
		if (modifier === "Ctrl") return evt.ctrlKey;
		if (modifier === "Meta") return evt.metaKey;
		if (modifier === "Shift") return evt.shiftKey;
		if (modifier === "Alt") return evt.altKey;
		return false;
	},
};

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: false,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

export const apiVersion = "1.12.3";

export {
	App,
	ButtonComponent,
	Component,
	DropdownComponent,
	Editor,
	Events,
	FuzzySuggestModal,
	MarkdownPreviewView,
	MarkdownRenderChild,
	MarkdownRenderer,
	MarkdownView,
	Menu,
	MenuItem,
	MenuSeparator,
	MetadataCache,
	Modal,
	Notice,
	prepareFuzzySearch,
	Plugin,
	PluginSettingTab,
	Setting,
	SettingTab,
	SuggestModal,
	TAbstractFile,
	TextComponent,
	TFile,
	TFolder,
	ToggleComponent,
	Vault,
	Workspace,
	WorkspaceLeaf,
};
