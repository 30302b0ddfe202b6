// CodeRise unit-test harness for JavaScript: loads node:test files in the given order; reporter.mjs prints results.
'use strict';
const path = require('node:path');
const { emit } = require('./protocol.js');

for (const file of process.argv.slice(2)) {
  try {
    require(path.resolve(file));
  } catch (error) {
    if (error instanceof SyntaxError) {
      emit('COMPILE', String(error.stack || error).split('\n    at ')[0].replaceAll(process.cwd() + '/', ''));
      emit('DONE');
      process.exit(0);
    }
    const stack = String((error && error.stack) || error).replaceAll(process.cwd() + '/', '');
    emit('TEST', 'ERROR', file, 'loading ' + file, 0, stack.split('\n').slice(0, 6).join('\n'), '');
  }
}
