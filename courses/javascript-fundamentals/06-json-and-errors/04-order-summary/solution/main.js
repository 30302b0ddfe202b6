// The total price of an order given as JSON text.
function orderTotal(json) {
  const order = JSON.parse(json);
  return order.items.reduce((total, item) => total + item.quantity * item.price, 0);
}

// JSON text with the customer and the total, e.g. '{"customer":"Adaeze","total":22}'.
function summary(json) {
  const { customer } = JSON.parse(json);
  return JSON.stringify({ customer, total: orderTotal(json) });
}

module.exports = { orderTotal, summary };
