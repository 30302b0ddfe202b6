// The harness line protocol (see HarnessProtocol.java): @@coderise@@ then tab-separated, escaped fields.
'use strict';
const MARK = '@@coderise@@';
const MAX_TEXT = 4000;

function esc(value) {
  return String(value).slice(0, MAX_TEXT)
    .replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
}

function line(...fields) {
  return MARK + fields.map(esc).join('\t') + '\n';
}

function emit(...fields) {
  process.stdout.write(line(...fields));
}

module.exports = { line, emit };
