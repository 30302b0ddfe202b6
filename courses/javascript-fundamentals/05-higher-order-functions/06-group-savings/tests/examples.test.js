const test = require('node:test');
const assert = require('node:assert/strict');
const { totalSaved, totalsByMember } = require('./main.js');

const payments = [
  { member: 'Joy', amount: 500 },
  { member: 'Mercy', amount: 300 },
  { member: 'Joy', amount: 200 },
  { member: 'Halima', amount: 1000 },
];

test('all payments add up to the group total', () => {
  assert.equal(totalSaved(payments), 2000, 'expected 2000 for payments of 500, 300, 200 and 1000');
});

test('each member total adds up all their payments', () => {
  assert.deepEqual(totalsByMember(payments), { Joy: 700, Mercy: 300, Halima: 1000 },
    'expected { Joy: 700, Mercy: 300, Halima: 1000 } for ' + JSON.stringify(payments));
});
