#!/usr/bin/env node
// The `lindungi` command: runs the built CLI (npm install builds it through the `prepare` script).
require('../dist/src/cli/main.js');
