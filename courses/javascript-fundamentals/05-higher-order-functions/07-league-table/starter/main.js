// Team names in table order: points, then goal difference, then name.
function rankTeams(teams) {
  // TODO: add the goal difference and name rules, and sort a copy
  return teams
    .sort((a, b) => b.points - a.points)
    .map((team) => team.name);
}

module.exports = { rankTeams };
