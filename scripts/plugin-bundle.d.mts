import type { BuildOptions, Plugin } from "esbuild";

export const PUNCTUATION: string;
export function slimMarkdownIt(source: string): Promise<string>;
export const slimParser: Plugin;
export function pluginBuildOptions(production: boolean): BuildOptions;
