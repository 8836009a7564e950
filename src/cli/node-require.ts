// The yaml package ships CommonJS for Node, and its modules `require("process")`.
// Bundled into the ESM dist/cli.mjs, esbuild's require shim finds no global
// `require` and throws. Providing one before yaml loads (this module is
// imported first) keeps the bundle working. A `createRequire` banner in the
// esbuild config would do the same from outside.
import { createRequire } from "node:module";

const scope = globalThis as { require?: NodeJS.Require };
scope.require ??= createRequire(import.meta.url);
