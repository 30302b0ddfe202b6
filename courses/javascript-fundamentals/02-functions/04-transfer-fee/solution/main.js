// The fee the app charges for sending `amount`.
function transferFee(amount) {
  if (amount <= 1000) {
    return 10;
  } else if (amount <= 10000) {
    return 50;
  } else {
    return 100;
  }
}

// true when `balance` covers the amount plus its fee.
function canSend(balance, amount) {
  const cost = amount + transferFee(amount);
  return balance >= cost;
}

module.exports = { transferFee, canSend };
