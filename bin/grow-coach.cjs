#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` into dist/cli.cjs.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('grow-coach: not built yet. Run `npm run build` in ' + path.join(__dirname, '..') + ' first.\n');
  process.exit(2);
}
require(cli);
