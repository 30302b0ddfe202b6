// The sum of all the daily amounts.
function totalTakings(amounts) {
  let total = 0;
  // TODO: loop over the amounts and add each one to total
  return total;
}

// The largest daily amount, or 0 for an empty array.
function bestDay(amounts) {
  // TODO: loop and keep the biggest amount seen so far
  return amounts[0];
}

module.exports = { totalTakings, bestDay };
