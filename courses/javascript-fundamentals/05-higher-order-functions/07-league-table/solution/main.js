const goalDifference = (team) => team.goalsFor - team.goalsAgainst;

// Team names in table order: points, then goal difference, then name.
function rankTeams(teams) {
  return [...teams]
    .sort((a, b) =>
      b.points - a.points
      || goalDifference(b) - goalDifference(a)
      || a.name.localeCompare(b.name))
    .map((team) => team.name);
}

module.exports = { rankTeams };
