const test = require('node:test');
const assert = require('node:assert/strict');
const { countReached, stillToSave } = require('./main.js');

test('saving exactly the goal counts as reaching it', () => {
  assert.equal(countReached([1000], 1000), 1, 'expected 1 member of [1000] to reach 1000');
});

test('nobody reached the goal yet', () => {
  assert.equal(countReached([100, 200], 1000), 0, 'expected 0 members of [100, 200] to reach 1000');
});

test('an empty group has no one who reached the goal', () => {
  assert.equal(countReached([], 500), 0, 'expected 0 for an empty group');
});

test('an empty group has nothing still to save', () => {
  assert.deepEqual(stillToSave([], 1000), [], 'expected [] for an empty group');
});

test('still to save uses the given goal', () => {
  assert.deepEqual(stillToSave([250, 50, 400], 300), [50, 250, 0], 'expected [50, 250, 0] for savings [250, 50, 400] and a goal of 300');
});

test('the savings array is left unchanged', () => {
  const savings = [500, 1200];
  stillToSave(savings, 1000);
  assert.deepEqual(savings, [500, 1200], 'expected stillToSave not to change the savings array [500, 1200]');
});
