const test = require('node:test');
const assert = require('node:assert/strict');
const { transferFee, canSend } = require('./main.js');

test('a small transfer costs 10', () => {
  assert.equal(transferFee(800), 10, 'expected a fee of 10 for sending 800');
});

test('a medium transfer costs 50', () => {
  assert.equal(transferFee(2500), 50, 'expected a fee of 50 for sending 2500');
});

test('a large transfer costs 100', () => {
  assert.equal(transferFee(20000), 100, 'expected a fee of 100 for sending 20000');
});

test('a balance that covers amount and fee exactly is enough', () => {
  assert.equal(canSend(1000, 990), true, 'expected true for sending 990 (fee 10) from a balance of 1000');
});

test('the fee can make a transfer too expensive', () => {
  assert.equal(canSend(1000, 995), false, 'expected false for sending 995 (fee 10) from a balance of 1000');
});
