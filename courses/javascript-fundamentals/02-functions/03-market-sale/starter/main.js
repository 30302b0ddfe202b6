// What a customer owes for `quantity` pieces of fruit at `price` each.
function basketTotal(quantity, price) {
  // TODO: return the total
}

// The change to give back when the customer pays `paid` for the basket.
function changeDue(paid, quantity, price) {
  // TODO: use basketTotal, then return the change
  return paid;
}

module.exports = { basketTotal, changeDue };
