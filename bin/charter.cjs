#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('charter: Charter is not built yet: run `npm run build` in its folder first.\n');
  process.exit(2);
}
require(cli);
