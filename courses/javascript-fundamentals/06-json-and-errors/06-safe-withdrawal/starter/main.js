// The new balance, or an Error when the amount is invalid or too big.
function withdraw(balance, amount) {
  // TODO: throw an Error for an invalid amount
  // TODO: throw an Error when the amount is more than the balance
  return balance - amount;
}

// { ok: true, balance } on success, { ok: false, balance, error } on failure. Never throws.
function tryWithdraw(balance, amount) {
  // TODO: catch the error thrown by withdraw
  return { ok: true, balance: withdraw(balance, amount) };
}

module.exports = { withdraw, tryWithdraw };
