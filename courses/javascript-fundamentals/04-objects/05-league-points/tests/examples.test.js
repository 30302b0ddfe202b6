const test = require('node:test');
const assert = require('node:assert/strict');
const { points, played, leader } = require('./main.js');

const league = [
  { name: 'Lionesses', won: 5, drawn: 1, lost: 0 },
  { name: 'Rising Stars', won: 3, drawn: 2, lost: 1 },
  { name: 'Blue Herons', won: 1, drawn: 0, lost: 5 },
];

test('wins count 3 and draws count 1', () => {
  assert.equal(points(league[1]), 11, 'expected 11 points for 3 wins, 2 draws and 1 loss');
});

test('played counts wins, draws and losses', () => {
  assert.equal(played(league[1]), 6, 'expected 6 matches played for 3 wins, 2 draws and 1 loss');
});

test('the leader is the team with the most points', () => {
  assert.equal(leader(league), 'Lionesses', "expected 'Lionesses' (16 points) to lead " + JSON.stringify(league));
});
