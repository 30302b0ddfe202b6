// What a customer owes for `quantity` pieces of fruit at `price` each.
function basketTotal(quantity, price) {
  return quantity * price;
}

// The change to give back when the customer pays `paid` for the basket.
function changeDue(paid, quantity, price) {
  const total = basketTotal(quantity, price);
  return paid - total;
}

module.exports = { basketTotal, changeDue };
