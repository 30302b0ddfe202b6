const test = require('node:test');
const assert = require('node:assert/strict');
const { readSettings } = require('./main.js');

test('empty text gives the defaults', () => {
  assert.deepEqual(readSettings(''), { language: 'en', fontSize: 16, darkMode: false }, "expected the defaults for ''");
});

test('an empty JSON object gives the defaults', () => {
  assert.deepEqual(readSettings('{}'), { language: 'en', fontSize: 16, darkMode: false }, "expected the defaults for '{}'");
});

test('all settings can be replaced', () => {
  assert.deepEqual(readSettings('{"language":"es","fontSize":20,"darkMode":true}'),
    { language: 'es', fontSize: 20, darkMode: true },
    'expected { language: \'es\', fontSize: 20, darkMode: true } for \'{"language":"es","fontSize":20,"darkMode":true}\'');
});

test('changing the returned settings does not change the defaults', () => {
  const first = readSettings('not json');
  first.language = 'ha';
  assert.deepEqual(readSettings('not json'), { language: 'en', fontSize: 16, darkMode: false },
    'expected the defaults again after a caller changed an earlier result: return a new object, not DEFAULTS itself');
});
