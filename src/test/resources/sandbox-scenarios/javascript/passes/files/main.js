function total(count, price) {
  return count * price;
}

module.exports = { total };
