const test = require('node:test');
const assert = require('node:assert/strict');
const { transferFee, canSend } = require('./main.js');

test('exactly 1000 is still a small transfer', () => {
  assert.equal(transferFee(1000), 10, 'expected a fee of 10 for sending exactly 1000');
});

test('1001 is a medium transfer', () => {
  assert.equal(transferFee(1001), 50, 'expected a fee of 50 for sending 1001');
});

test('exactly 10000 is still a medium transfer', () => {
  assert.equal(transferFee(10000), 50, 'expected a fee of 50 for sending exactly 10000');
});

test('10001 is a large transfer', () => {
  assert.equal(transferFee(10001), 100, 'expected a fee of 100 for sending 10001');
});

test('the medium fee counts when checking the balance', () => {
  assert.equal(canSend(5000, 4960), false, 'expected false for sending 4960 (fee 50) from a balance of 5000');
  assert.equal(canSend(5000, 4950), true, 'expected true for sending 4950 (fee 50) from a balance of 5000');
});

test('the large fee counts when checking the balance', () => {
  assert.equal(canSend(20050, 20000), false, 'expected false for sending 20000 (fee 100) from a balance of 20050');
  assert.equal(canSend(20100, 20000), true, 'expected true for sending 20000 (fee 100) from a balance of 20100');
});
