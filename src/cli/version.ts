// Written by scripts/version.mjs: the version the command line reports.
export const VERSION = "0.1.0";
