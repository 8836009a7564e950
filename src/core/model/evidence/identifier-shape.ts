import type { NameRule } from "./rule";

/**
 * "IN_PROGRESS", "MAX_RETRIES": spelled like a constant in code, not a product.
 * snake_case alone is not enough: package names are spelled so ("bpaf_derive").
 */
const IDENTIFIER = /^[\p{Lu}\p{N}]+(?:_[\p{Lu}\p{N}]+)+$/u;
/**
 * "1-startup-routes.cjs", "config.yaml": a file. ".js" is left out, because
 * "Vue.js" and "three.js" are names, and so are domains ("Cal.com", "Socket.io").
 */
const FILE = /^[^\s/]+\.(?:[cm]js|[cm]?tsx?|jsx|py|rb|go|rs|java|kt|swift|php|md|json|ya?ml|toml|ini|sh|bat|txt|csv|html?|css|scss|xml|lock)$/i;

/** "fs:allow-app-read", "user:email": a namespaced key (a permission, a scope), not a product. */
const NAMESPACED = /^[a-z][a-z0-9_-]*:[a-z0-9_*-]+(?::[a-z0-9_*-]+)*$/;

export const identifierShape: NameRule = (label) => {
	const { head } = label.name;
	if (IDENTIFIER.test(head)) return { rule: "identifier-shape", score: -1, reason: "spelled like an identifier in code" };
	if (NAMESPACED.test(head)) return { rule: "identifier-shape", score: -1, reason: "a namespaced key, such as a permission or a scope" };
	if (FILE.test(head)) return { rule: "identifier-shape", score: -1, reason: "a file name" };
	return null;
};
