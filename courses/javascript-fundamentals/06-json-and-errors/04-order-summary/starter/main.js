// The total price of an order given as JSON text.
function orderTotal(json) {
  // TODO: parse the text first, then add up quantity * price
  return json.items.length;
}

// JSON text with the customer and the total, e.g. '{"customer":"Adaeze","total":22}'.
function summary(json) {
  // TODO: build an object and turn it into JSON
  return '';
}

module.exports = { orderTotal, summary };
