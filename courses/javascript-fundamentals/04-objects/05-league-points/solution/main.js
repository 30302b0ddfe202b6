// 3 points for a win, 1 for a draw, 0 for a loss.
function points(team) {
  return team.won * 3 + team.drawn;
}

// How many matches the team has played.
function played(team) {
  return team.won + team.drawn + team.lost;
}

// The name of the team with the most points (the first one listed on a tie).
function leader(teams) {
  let top = teams[0];
  for (const team of teams) {
    if (points(team) > points(top)) {
      top = team;
    }
  }
  return top.name;
}

module.exports = { points, played, leader };
