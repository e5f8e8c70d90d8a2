#!/usr/bin/env node
// The built CLI lives in dist/; `npm install` builds it through the prepare script.
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('sspr-planner: the app is not built yet; run "npm run build" in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(cli);
