// One label '<name>: <price>' per product, in the same order.
const labels = (products) => products.map(({ name, price }) => `${name}: ${price}`);

// Each price reduced by `percent` per cent, rounded to a whole number.
const withDiscount = (prices, percent) =>
  prices.map((price) => Math.round((price * (100 - percent)) / 100));

module.exports = { labels, withDiscount };
