const test = require('node:test');
const assert = require('node:assert/strict');
const { points, played, leader } = require('./main.js');

test('a team with only draws gets 1 point each', () => {
  assert.equal(points({ name: 'Doves', won: 0, drawn: 4, lost: 2 }), 4, 'expected 4 points for 0 wins, 4 draws and 2 losses');
});

test('a team that has not played has 0 points and 0 matches', () => {
  const newcomers = { name: 'Newcomers', won: 0, drawn: 0, lost: 0 };
  assert.equal(points(newcomers), 0, 'expected 0 points for a team with no matches');
  assert.equal(played(newcomers), 0, 'expected 0 matches played for a team with no matches');
});

test('the leader can be last in the list', () => {
  const teams = [
    { name: 'Doves', won: 1, drawn: 1, lost: 1 },
    { name: 'Comets', won: 2, drawn: 0, lost: 1 },
    { name: 'Queens', won: 4, drawn: 0, lost: 0 },
  ];
  assert.equal(leader(teams), 'Queens', "expected 'Queens' (12 points) to lead " + JSON.stringify(teams));
});

test('draws can decide the leader', () => {
  const teams = [
    { name: 'Comets', won: 2, drawn: 0, lost: 1 },
    { name: 'Doves', won: 1, drawn: 4, lost: 0 },
  ];
  assert.equal(leader(teams), 'Doves', "expected 'Doves' (7 points) to lead 'Comets' (6 points)");
});

test('on a tie the team listed first leads', () => {
  const teams = [
    { name: 'Comets', won: 2, drawn: 0, lost: 1 },
    { name: 'Doves', won: 1, drawn: 3, lost: 0 },
  ];
  assert.equal(leader(teams), 'Comets', "expected 'Comets' to lead 'Doves' when both have 6 points, because it is listed first");
});
