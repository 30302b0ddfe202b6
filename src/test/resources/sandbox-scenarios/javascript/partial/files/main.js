function total(count, price) {
  return count === 0 ? 4 : count * price;
}

module.exports = { total };
