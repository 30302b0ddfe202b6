const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { checkTransaction, parseLedger, balances, report } = require('./main.js');

test('checkTransaction is exported and checks the rules', () => {
  assert.throws(() => checkTransaction({ member: 'Joy', type: 'gift', amount: 5 }, 3),
    { message: 'Transaction 3: type must be "deposit" or "withdrawal", not "gift"' },
    'expected checkTransaction to reject the type "gift" as in the previous exercise');
});

test('data that is not a list is rejected', () => {
  assert.throws(() => parseLedger('{"member":"Joy","type":"deposit","amount":5}'), { message: 'The ledger must be a list of transactions' },
    "expected a single JSON object to throw 'The ledger must be a list of transactions'");
});

test('the first invalid transaction is reported with its position', () => {
  const json = '[{"member":"Joy","type":"deposit","amount":5},{"member":"Ama","type":"deposit","amount":-2},{"member":"","type":"deposit","amount":1}]';
  assert.throws(() => parseLedger(json), { message: 'Transaction 2: amount must be a positive number' },
    "expected 'Transaction 2: amount must be a positive number' for " + json);
});

test('an empty ledger is valid and reports a total of 0', () => {
  assert.deepEqual(parseLedger('[]'), [], "expected [] for the ledger '[]'");
  assert.deepEqual(balances([]), {}, 'expected {} as the balances of no transactions');
  assert.equal(report([]), 'Group total: 0', "expected just 'Group total: 0' for no transactions");
});

test('withdrawing the whole balance is allowed and leaves 0', () => {
  const transactions = [
    { member: 'Ama', type: 'deposit', amount: 250 },
    { member: 'Ama', type: 'withdrawal', amount: 250 },
  ];
  assert.deepEqual(balances(transactions), { Ama: 0 }, 'expected { Ama: 0 } after Ama deposits and withdraws 250');
  assert.equal(report(transactions), 'Ama: 0\nGroup total: 0', "expected 'Ama: 0' and 'Group total: 0' when Ama withdrew everything");
});

test('a first transaction cannot be a withdrawal', () => {
  assert.throws(() => balances([{ member: 'Esi', type: 'withdrawal', amount: 10 }]),
    { message: 'Transaction 1: Esi cannot withdraw 10 with a balance of 0' },
    "expected 'Transaction 1: Esi cannot withdraw 10 with a balance of 0' for a withdrawal by a new member");
});

test('equal balances are listed in alphabetical order', () => {
  const transactions = [
    { member: 'Zawadi', type: 'deposit', amount: 400 },
    { member: 'Akosua', type: 'deposit', amount: 100 },
    { member: 'Baraka', type: 'deposit', amount: 400 },
  ];
  assert.equal(report(transactions), 'Baraka: 400\nZawadi: 400\nAkosua: 100\nGroup total: 900',
    "expected 'Baraka: 400', 'Zawadi: 400', 'Akosua: 100', 'Group total: 900': Baraka before Zawadi on equal balances");
});

test('balances follow the order in which members first appear', () => {
  const transactions = [
    { member: 'Mercy', type: 'deposit', amount: 100 },
    { member: 'Joy', type: 'deposit', amount: 900 },
    { member: 'Mercy', type: 'deposit', amount: 50 },
  ];
  assert.deepEqual(Object.keys(balances(transactions)), ['Mercy', 'Joy'], "expected the members in the order ['Mercy', 'Joy']");
});

test('run as a program, a damaged ledger prints an error and fails', () => {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'main.js')], { input: 'not json', encoding: 'utf8' });
  assert.equal(run.stdout.trim(), 'Error: The ledger is not valid JSON',
    "expected `node main.js` to print 'Error: The ledger is not valid JSON' for the input 'not json'");
  assert.equal(run.status, 1, 'expected `node main.js` to exit with code 1 (process.exitCode = 1) after an error');
});

test('run as a program, an overdrawn member is reported', () => {
  const input = '[{"member":"Mercy","type":"deposit","amount":300},{"member":"Mercy","type":"withdrawal","amount":400}]';
  const run = spawnSync(process.execPath, [path.join(__dirname, 'main.js')], { input, encoding: 'utf8' });
  assert.equal(run.stdout.trim(), 'Error: Transaction 2: Mercy cannot withdraw 400 with a balance of 300',
    "expected `node main.js` to print 'Error: Transaction 2: Mercy cannot withdraw 400 with a balance of 300'");
});
