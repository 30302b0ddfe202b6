// How many of each fruit were sold, e.g. { mango: 3, banana: 2 }.
function tally(sales) {
  const counts = {};
  for (const fruit of sales) {
    // TODO: add one to this fruit's count
  }
  return counts;
}

// The fruit sold most often (the first sold on a tie), or null if nothing was sold.
function bestSeller(sales) {
  // TODO: use tally, then find the biggest count
  return null;
}

module.exports = { tally, bestSeller };
