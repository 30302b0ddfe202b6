// How many of each fruit were sold, e.g. { mango: 3, banana: 2 }.
function tally(sales) {
  const counts = {};
  for (const fruit of sales) {
    counts[fruit] = (counts[fruit] ?? 0) + 1;
  }
  return counts;
}

// The fruit sold most often (the first sold on a tie), or null if nothing was sold.
function bestSeller(sales) {
  let best = null;
  let bestCount = 0;
  for (const [fruit, count] of Object.entries(tally(sales))) {
    if (count > bestCount) {
      best = fruit;
      bestCount = count;
    }
  }
  return best;
}

module.exports = { tally, bestSeller };
