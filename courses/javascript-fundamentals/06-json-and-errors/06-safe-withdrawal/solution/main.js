// The new balance, or an Error when the amount is invalid or too big.
function withdraw(balance, amount) {
  if (typeof amount !== 'number' || !(amount > 0)) {
    throw new Error('Amount must be a positive number');
  }
  if (amount > balance) {
    throw new Error(`Insufficient funds: balance is ${balance}, asked for ${amount}`);
  }
  return balance - amount;
}

// { ok: true, balance } on success, { ok: false, balance, error } on failure. Never throws.
function tryWithdraw(balance, amount) {
  try {
    return { ok: true, balance: withdraw(balance, amount) };
  } catch (error) {
    return { ok: false, balance, error: error.message };
  }
}

module.exports = { withdraw, tryWithdraw };
