const test = require('node:test');
const assert = require('node:assert/strict');
const { checkTransaction } = require('./main.js');

test('a valid withdrawal is accepted', () => {
  const withdrawal = { member: 'Mercy', type: 'withdrawal', amount: 150 };
  assert.deepEqual(checkTransaction(withdrawal, 4), withdrawal, 'expected the valid withdrawal ' + JSON.stringify(withdrawal) + ' to be returned');
});

test('null and numbers are not transactions', () => {
  assert.throws(() => checkTransaction(null, 1), { message: 'Transaction 1: must be an object' },
    "expected null at position 1 to throw 'Transaction 1: must be an object'");
  assert.throws(() => checkTransaction(42, 5), { message: 'Transaction 5: must be an object' },
    "expected 42 at position 5 to throw 'Transaction 5: must be an object'");
});

test('a missing member is rejected', () => {
  assert.throws(() => checkTransaction({ type: 'deposit', amount: 100 }, 2), { message: 'Transaction 2: member is missing' },
    "expected a transaction without member at position 2 to throw 'Transaction 2: member is missing'");
  assert.throws(() => checkTransaction({ member: 7, type: 'deposit', amount: 100 }, 2), { message: 'Transaction 2: member is missing' },
    "expected member 7 (a number) at position 2 to throw 'Transaction 2: member is missing'");
});

test('a missing type shows undefined in the message', () => {
  assert.throws(() => checkTransaction({ member: 'Joy', amount: 100 }, 6),
    { message: 'Transaction 6: type must be "deposit" or "withdrawal", not "undefined"' },
    'expected a transaction without type at position 6 to throw \'Transaction 6: type must be "deposit" or "withdrawal", not "undefined"\'');
});

test('zero, negative and text amounts are rejected', () => {
  const amounts = [[0, '0'], [-5, '-5'], ['500', "'500' (text)"], [NaN, 'NaN']];
  for (const [amount, shown] of amounts) {
    assert.throws(() => checkTransaction({ member: 'Joy', type: 'deposit', amount }, 7),
      { message: 'Transaction 7: amount must be a positive number' },
      `expected amount ${shown} at position 7 to throw 'Transaction 7: amount must be a positive number'`);
  }
});

test('the type is checked before the amount', () => {
  assert.throws(() => checkTransaction({ member: 'Joy', type: 'loan', amount: -1 }, 8),
    { message: 'Transaction 8: type must be "deposit" or "withdrawal", not "loan"' },
    'expected the type "loan" to be reported before the negative amount');
});
