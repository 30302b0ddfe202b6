const test = require('node:test');
const assert = require('node:assert/strict');
const { rankTeams } = require('./main.js');

test('more points come first, then the bigger goal difference', () => {
  const teams = [
    { name: 'Rising Stars', points: 11, goalsFor: 9, goalsAgainst: 6 },
    { name: 'Lionesses', points: 16, goalsFor: 14, goalsAgainst: 3 },
    { name: 'Blue Herons', points: 11, goalsFor: 12, goalsAgainst: 5 },
  ];
  assert.deepEqual(rankTeams(teams), ['Lionesses', 'Blue Herons', 'Rising Stars'],
    "expected ['Lionesses', 'Blue Herons', 'Rising Stars']: Blue Herons (+7) beat Rising Stars (+3) on goal difference");
});
