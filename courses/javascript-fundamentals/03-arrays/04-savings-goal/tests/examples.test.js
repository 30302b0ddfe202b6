const test = require('node:test');
const assert = require('node:assert/strict');
const { countReached, stillToSave } = require('./main.js');

test('two of four members reached a goal of 1000', () => {
  assert.equal(countReached([500, 1200, 1000, 300], 1000), 2, 'expected 2 members of [500, 1200, 1000, 300] to reach 1000');
});

test('each member sees what is still missing, 0 once reached', () => {
  assert.deepEqual(stillToSave([500, 1200, 1000, 300], 1000), [500, 0, 0, 700], 'expected [500, 0, 0, 700] for savings [500, 1200, 1000, 300] and a goal of 1000');
});
