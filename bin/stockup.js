#!/usr/bin/env node
// Launcher for the StockUp CLI. Build it first: npm run build:cli (tsc → build/cli/).
"use strict";
try {
  require("../build/cli/cli/main.js").run();
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("StockUp CLI is not built yet: run `npm run build:cli` first.\n");
    process.exitCode = 1;
  } else {
    throw e;
  }
}
