const test = require('node:test');
const assert = require('node:assert/strict');
const { withdraw, tryWithdraw } = require('./main.js');

test('a withdrawal within the balance returns what is left', () => {
  assert.equal(withdraw(500, 120), 380, 'expected 380 for withdrawing 120 from 500');
});

test('withdrawing more than the balance throws insufficient funds', () => {
  assert.throws(() => withdraw(50, 80),
    { message: 'Insufficient funds: balance is 50, asked for 80' },
    "expected withdraw(50, 80) to throw an Error with the message 'Insufficient funds: balance is 50, asked for 80'");
});

test('a negative amount throws', () => {
  assert.throws(() => withdraw(50, -5),
    { message: 'Amount must be a positive number' },
    "expected withdraw(50, -5) to throw an Error with the message 'Amount must be a positive number'");
});

test('tryWithdraw reports success and failure without throwing', () => {
  assert.deepEqual(tryWithdraw(500, 120), { ok: true, balance: 380 }, 'expected { ok: true, balance: 380 } for tryWithdraw(500, 120)');
  assert.deepEqual(tryWithdraw(50, 80),
    { ok: false, balance: 50, error: 'Insufficient funds: balance is 50, asked for 80' },
    "expected { ok: false, balance: 50, error: 'Insufficient funds: balance is 50, asked for 80' } for tryWithdraw(50, 80)");
});
