const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseLedger, balances, report } = require('./main.js');

const ledger = `[
  { "member": "Joy", "type": "deposit", "amount": 500 },
  { "member": "Mercy", "type": "deposit", "amount": 300 },
  { "member": "Halima", "type": "deposit", "amount": 1000 },
  { "member": "Joy", "type": "deposit", "amount": 200 }
]`;

test('the ledger is parsed into its transactions', () => {
  assert.deepEqual(parseLedger(ledger), JSON.parse(ledger), 'expected parseLedger to return the 4 transactions of the example ledger');
});

test('deposits add up and withdrawals subtract, per member', () => {
  const transactions = [
    { member: 'Joy', type: 'deposit', amount: 500 },
    { member: 'Mercy', type: 'deposit', amount: 300 },
    { member: 'Joy', type: 'withdrawal', amount: 150 },
  ];
  assert.deepEqual(balances(transactions), { Joy: 350, Mercy: 300 },
    'expected { Joy: 350, Mercy: 300 } after Joy deposits 500, Mercy deposits 300 and Joy withdraws 150');
});

test('the report lists the highest balance first, then the group total', () => {
  assert.equal(report(parseLedger(ledger)), 'Halima: 1000\nJoy: 700\nMercy: 300\nGroup total: 2000',
    "expected the lines 'Halima: 1000', 'Joy: 700', 'Mercy: 300', 'Group total: 2000' for the example ledger");
});

test('text that is not JSON is reported clearly', () => {
  assert.throws(() => parseLedger('[{"member": "Joy",'), { message: 'The ledger is not valid JSON' },
    "expected parseLedger('[{\"member\": \"Joy\",') to throw 'The ledger is not valid JSON'");
});

test('a member cannot withdraw more than her balance', () => {
  const transactions = [
    { member: 'Mercy', type: 'deposit', amount: 300 },
    { member: 'Mercy', type: 'withdrawal', amount: 400 },
  ];
  assert.throws(() => balances(transactions), { message: 'Transaction 2: Mercy cannot withdraw 400 with a balance of 300' },
    "expected 'Transaction 2: Mercy cannot withdraw 400 with a balance of 300' when Mercy withdraws 400 after depositing 300");
});

test('run as a program, it reads the ledger from standard input and prints the report', () => {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'main.js')], { input: ledger, encoding: 'utf8' });
  assert.equal(run.stdout.trimEnd(), 'Halima: 1000\nJoy: 700\nMercy: 300\nGroup total: 2000',
    'expected `node main.js` to print the report for the example ledger given on standard input');
});
