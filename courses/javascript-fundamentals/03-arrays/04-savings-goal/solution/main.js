// How many members saved at least `goal`.
function countReached(savings, goal) {
  let count = 0;
  for (const saved of savings) {
    if (saved >= goal) {
      count += 1;
    }
  }
  return count;
}

// For each member, how much is still missing to reach `goal` (0 if reached).
function stillToSave(savings, goal) {
  const missing = [];
  for (const saved of savings) {
    missing.push(Math.max(goal - saved, 0));
  }
  return missing;
}

module.exports = { countReached, stillToSave };
