const test = require('node:test');
const assert = require('node:assert/strict');
const { checkTransaction } = require('./main.js');

test('a valid deposit is returned unchanged', () => {
  const deposit = { member: 'Joy', type: 'deposit', amount: 500 };
  assert.deepEqual(checkTransaction(deposit, 1), deposit, 'expected the valid deposit ' + JSON.stringify(deposit) + ' to be returned');
});

test('an unknown type is rejected with its name', () => {
  assert.throws(() => checkTransaction({ member: 'Joy', type: 'gift', amount: 500 }, 3),
    { message: 'Transaction 3: type must be "deposit" or "withdrawal", not "gift"' },
    'expected transaction 3 with type "gift" to throw \'Transaction 3: type must be "deposit" or "withdrawal", not "gift"\'');
});

test('the member is checked before the amount', () => {
  assert.throws(() => checkTransaction({ member: '  ', type: 'deposit', amount: -5 }, 2),
    { message: 'Transaction 2: member is missing' },
    "expected transaction 2 with member '  ' to throw 'Transaction 2: member is missing'");
});
