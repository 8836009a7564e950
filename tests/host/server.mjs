// The demo host's server: serves a scratch copy of a vault, the host page
// and the built plugin. The vault is copied so that renames, deletions and
// the plugin's data.json never touch the folder it was started on.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const hostDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(hostDir, "..", "..");

const TYPES = {
	".md": "text/markdown; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".png": "image/png",
	".jpg": "image/jpeg",
	".jpeg": "image/jpeg",
	".gif": "image/gif",
	".svg": "image/svg+xml",
	".webp": "image/webp",
	".pdf": "application/pdf",
};

function listVault(root) {
	const files = [];
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) {
				const stat = statSync(full);
				files.push({ path: relative(root, full).split(sep).join("/"), mtime: stat.mtimeMs, size: stat.size });
			}
		}
	};
	walk(root);
	return files;
}

async function buildHostPage() {
	const result = await esbuild.build({
		entryPoints: [join(hostDir, "boot.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		write: false,
		// A map of its own, fetched only when DevTools opens: inline, it made the page's script 2.3 MB to parse on every load.
		sourcemap: "linked",
		outdir: join(hostDir, "out"),
		logLevel: "warning",
	});
	const file = (ending) => result.outputFiles.find((output) => output.path.endsWith(ending)).text;
	return { js: file("boot.js"), map: file("boot.js.map") };
}

/**
 * Starts the host. Resolves to { url, port, scratch, close }.
 * @param {{ vault?: string, port?: number, quiet?: boolean }} options
 */
export async function startHost(options = {}) {
	const source = resolve(options.vault ?? join(repoRoot, "example-vault"));
	if (!existsSync(source) || !statSync(source).isDirectory()) throw new Error(`vault folder not found: ${source}`);
	const scratch = mkdtempSync(join(tmpdir(), "framework-compare-vault-"));
	// From here on, a failure to start removes the copy: nothing is left in the temp folder.
	try {
		return await serveScratch(source, scratch, options);
	} catch (error) {
		rmSync(scratch, { recursive: true, force: true });
		throw error;
	}
}

/** Copies the vault into `scratch`, builds the host page and listens: startHost's work once the copy has a home. */
async function serveScratch(source, scratch, options) {
	// The vault's own plugin installs and their data.json stay behind, so every run starts from a fresh plugin state.
	cpSync(source, scratch, {
		recursive: true,
		filter: (path) => {
			const parts = relative(source, path).split(sep);
			return !parts.includes("node_modules") && !(parts[0] === ".obsidian" && parts[1] === "plugins");
		},
	});
	const bootJs = await buildHostPage();

	const inside = (path) => {
		const full = resolve(scratch, path);
		if (full !== scratch && !full.startsWith(scratch + sep)) throw new Error(`outside the vault: ${path}`);
		return full;
	};
	const readBody = (req) =>
		new Promise((done, fail) => {
			const chunks = [];
			req.on("data", (chunk) => chunks.push(chunk));
			req.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
			req.on("error", fail);
		});
	const send = (res, status, type, body) => {
		res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
		res.end(body);
	};
	/**
	 * A script or style the page loads every time: asked for again on each load (a rebuilt main.js is
	 * seen at once), and answered "not modified" while its bytes are the same, so Chromium keeps the
	 * compiled script rather than parsing it anew for every page a test opens.
	 */
	const sendRevalidated = (req, res, type, body) => {
		const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
		if (req.headers["if-none-match"] === etag) {
			res.writeHead(304, { etag, "cache-control": "no-cache" });
			return res.end();
		}
		res.writeHead(200, { "content-type": type, "cache-control": "no-cache", etag });
		res.end(body);
	};

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? "/", "http://127.0.0.1");
			const path = url.pathname;
			if (path === "/" || path === "/index.html") return send(res, 200, TYPES[".html"], readFileSync(join(hostDir, "index.html")));
			if (path === "/host/boot.js") return sendRevalidated(req, res, TYPES[".js"], bootJs.js);
			if (path === "/host/boot.js.map") return send(res, 200, TYPES[".json"], bootJs.map);
			if (path === "/host/host.css") return send(res, 200, TYPES[".css"], readFileSync(join(hostDir, "host.css")));
			const pluginFile = /^\/plugin\/(main\.js|styles\.css|manifest\.json)$/.exec(path);
			if (pluginFile) {
				// options.pluginDir: another build of the plugin, as the browser benchmark compares one with the build before.
				const full = join(options.pluginDir ?? repoRoot, pluginFile[1]);
				if (!existsSync(full)) return send(res, 404, "text/plain", `${pluginFile[1]} is missing: run npm run build`);
				return sendRevalidated(req, res, TYPES[extname(full)], readFileSync(full));
			}
			if (path === "/api/files") return send(res, 200, TYPES[".json"], JSON.stringify(listVault(scratch)));
			// Every note's text in one answer: a vault of 10,000 notes is not 10,000 requests.
			if (path === "/api/markdown") {
				const notes = listVault(scratch).filter((file) => file.path.endsWith(".md"));
				return send(res, 200, TYPES[".json"], JSON.stringify(Object.fromEntries(notes.map((file) => [file.path, readFileSync(join(scratch, file.path), "utf8")]))));
			}
			if (path === "/api/file") {
				const full = inside(url.searchParams.get("path") ?? "");
				if (!existsSync(full)) return send(res, 404, "text/plain", "no such file");
				return send(res, 200, TYPES[extname(full).toLowerCase()] ?? "application/octet-stream", readFileSync(full));
			}
			const data = /^\/api\/plugin-data\/([\w-]+)$/.exec(path);
			if (data) {
				const file = join(scratch, ".obsidian", "plugins", data[1], "data.json");
				if (req.method === "PUT") {
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, await readBody(req));
					return send(res, 204, "text/plain", "");
				}
				// Obsidian's loadData gives null when the plugin has saved nothing yet.
				if (!existsSync(file)) return send(res, 200, TYPES[".json"], "null");
				return send(res, 200, TYPES[".json"], readFileSync(file));
			}
			if (req.method === "POST" && path === "/api/rename") {
				const { from, to } = JSON.parse(await readBody(req));
				const target = inside(to);
				if (existsSync(target)) return send(res, 409, "text/plain", `${to} already exists`);
				mkdirSync(dirname(target), { recursive: true });
				renameSync(inside(from), target);
				return send(res, 204, "text/plain", "");
			}
			if (req.method === "POST" && path === "/api/delete") {
				const { path: victim } = JSON.parse(await readBody(req));
				rmSync(inside(victim));
				return send(res, 204, "text/plain", "");
			}
			if (req.method === "POST" && path === "/api/write") {
				const { path: target, data: text } = JSON.parse(await readBody(req));
				mkdirSync(dirname(inside(target)), { recursive: true });
				writeFileSync(inside(target), text);
				return send(res, 204, "text/plain", "");
			}
			if (path === "/favicon.ico") return send(res, 204, "text/plain", "");
			return send(res, 404, "text/plain", "not found");
		} catch (error) {
			return send(res, 400, "text/plain", String(error instanceof Error ? error.message : error));
		}
	});

	// A port in use rejects with the listen error (its code EADDRINUSE), for the caller to word.
	await new Promise((done, fail) => {
		server.once("error", fail);
		server.listen(options.port ?? 0, "127.0.0.1", done);
	});
	const port = server.address().port;
	return {
		url: `http://127.0.0.1:${port}/`,
		port,
		scratch,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections?.();
				server.close(() => {
					rmSync(scratch, { recursive: true, force: true });
					done();
				});
			}),
	};
}
