// How many members saved at least `goal`.
function countReached(savings, goal) {
  let count = 0;
  // TODO: loop over savings and count the members who reached the goal
  return count;
}

// For each member, how much is still missing to reach `goal` (0 if reached).
function stillToSave(savings, goal) {
  const missing = [];
  for (const saved of savings) {
    // TODO: members who reached the goal need 0, not a negative number
    missing.push(goal - saved);
  }
  return missing;
}

module.exports = { countReached, stillToSave };
