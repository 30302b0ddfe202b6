// The sum of all the daily amounts.
function totalTakings(amounts) {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
  }
  return total;
}

// The largest daily amount, or 0 for an empty array.
function bestDay(amounts) {
  let best = 0;
  for (const amount of amounts) {
    if (amount > best) {
      best = amount;
    }
  }
  return best;
}

module.exports = { totalTakings, bestDay };
