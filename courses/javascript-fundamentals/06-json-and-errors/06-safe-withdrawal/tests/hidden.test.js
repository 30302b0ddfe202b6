const test = require('node:test');
const assert = require('node:assert/strict');
const { withdraw, tryWithdraw } = require('./main.js');

const POSITIVE = { message: 'Amount must be a positive number' };

test('withdrawing the whole balance leaves 0', () => {
  assert.equal(withdraw(500, 500), 0, 'expected 0 for withdrawing 500 from 500');
});

test('an amount of 0 throws', () => {
  assert.throws(() => withdraw(50, 0), POSITIVE, "expected withdraw(50, 0) to throw 'Amount must be a positive number'");
});

test('an amount given as text throws', () => {
  assert.throws(() => withdraw(50, '20'), POSITIVE, "expected withdraw(50, '20') to throw 'Amount must be a positive number'");
});

test('an amount that is not a number at all throws', () => {
  assert.throws(() => withdraw(50, NaN), POSITIVE, "expected withdraw(50, NaN) to throw 'Amount must be a positive number'");
  assert.throws(() => withdraw(50, undefined), POSITIVE, "expected withdraw(50, undefined) to throw 'Amount must be a positive number'");
});

test('the amount is checked before the balance', () => {
  assert.throws(() => withdraw(0, -10), POSITIVE, "expected withdraw(0, -10) to throw 'Amount must be a positive number', not insufficient funds");
});

test('what is thrown is a real Error', () => {
  assert.throws(() => withdraw(10, 20), Error, 'expected withdraw(10, 20) to throw an Error object made with new Error(...)');
});

test('tryWithdraw reports an invalid amount and keeps the balance', () => {
  assert.deepEqual(tryWithdraw(300, -1), { ok: false, balance: 300, error: 'Amount must be a positive number' },
    "expected { ok: false, balance: 300, error: 'Amount must be a positive number' } for tryWithdraw(300, -1)");
});
