#!/usr/bin/env node
// The installed `club-report` command: runs the TypeScript sources through tsx (a runtime dependency).
require("tsx/cjs/api").register();
require("../src/cli/main.ts").main();
