// 3 points for a win, 1 for a draw, 0 for a loss.
function points(team) {
  // TODO: include the draws
  return team.won * 3;
}

// How many matches the team has played.
function played(team) {
  // TODO
  return 0;
}

// The name of the team with the most points (the first one listed on a tie).
function leader(teams) {
  // TODO: loop over the teams and keep the best one
  return teams[0].name;
}

module.exports = { points, played, leader };
