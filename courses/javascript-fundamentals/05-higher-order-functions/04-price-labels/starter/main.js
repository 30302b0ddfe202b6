// One label '<name>: <price>' per product, in the same order.
function labels(products) {
  // TODO: use products.map
  return [];
}

// Each price reduced by `percent` per cent, rounded to a whole number.
function withDiscount(prices, percent) {
  // TODO: apply the percentage and round
  return prices.map((price) => price - percent);
}

module.exports = { labels, withDiscount };
