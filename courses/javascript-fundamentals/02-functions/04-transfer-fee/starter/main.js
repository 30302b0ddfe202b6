// The fee the app charges for sending `amount`.
function transferFee(amount) {
  // TODO: 10 up to 1000, 50 up to 10000, 100 above
  return 10;
}

// true when `balance` covers the amount plus its fee.
function canSend(balance, amount) {
  // TODO: include the fee
  return balance >= amount;
}

module.exports = { transferFee, canSend };
