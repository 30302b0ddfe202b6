const test = require('node:test');
const assert = require('node:assert/strict');
const { rankTeams } = require('./main.js');

test('equal points and goal difference go in alphabetical order', () => {
  const teams = [
    { name: 'Queens', points: 7, goalsFor: 5, goalsAgainst: 5 },
    { name: 'Comets', points: 7, goalsFor: 3, goalsAgainst: 3 },
  ];
  assert.deepEqual(rankTeams(teams), ['Comets', 'Queens'],
    "expected ['Comets', 'Queens']: same points, same goal difference, so alphabetical");
});

test('points beat goal difference', () => {
  const teams = [
    { name: 'Doves', points: 4, goalsFor: 20, goalsAgainst: 1 },
    { name: 'Comets', points: 5, goalsFor: 2, goalsAgainst: 8 },
  ];
  assert.deepEqual(rankTeams(teams), ['Comets', 'Doves'],
    "expected ['Comets', 'Doves']: Comets have more points even with a worse goal difference");
});

test('a negative goal difference ranks below a positive one', () => {
  const teams = [
    { name: 'Blue Herons', points: 3, goalsFor: 2, goalsAgainst: 9 },
    { name: 'Doves', points: 3, goalsFor: 6, goalsAgainst: 4 },
    { name: 'Comets', points: 3, goalsFor: 4, goalsAgainst: 4 },
  ];
  assert.deepEqual(rankTeams(teams), ['Doves', 'Comets', 'Blue Herons'],
    "expected ['Doves', 'Comets', 'Blue Herons'] for goal differences +2, 0 and -7 on equal points");
});

test('the original array keeps its order', () => {
  const teams = [
    { name: 'Rising Stars', points: 11, goalsFor: 9, goalsAgainst: 6 },
    { name: 'Lionesses', points: 16, goalsFor: 14, goalsAgainst: 3 },
  ];
  rankTeams(teams);
  assert.deepEqual(teams.map((t) => t.name), ['Rising Stars', 'Lionesses'],
    'expected rankTeams not to reorder the array it was given: sort a copy, [...teams]');
});

test('an empty league gives an empty table', () => {
  assert.deepEqual(rankTeams([]), [], 'expected [] for a league with no teams');
});
