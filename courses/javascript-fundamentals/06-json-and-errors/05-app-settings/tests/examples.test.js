const test = require('node:test');
const assert = require('node:assert/strict');
const { readSettings } = require('./main.js');

test('saved settings replace the defaults and missing ones are filled in', () => {
  assert.deepEqual(readSettings('{"language":"sw","darkMode":true}'),
    { language: 'sw', fontSize: 16, darkMode: true },
    'expected { language: \'sw\', fontSize: 16, darkMode: true } for \'{"language":"sw","darkMode":true}\'');
});

test('damaged text gives the defaults instead of crashing', () => {
  assert.deepEqual(readSettings('{"language":"fr"'),
    { language: 'en', fontSize: 16, darkMode: false },
    'expected the defaults for the damaged text \'{"language":"fr"\' (closing brace missing)');
});
