const TYPES = ['deposit', 'withdrawal'];

// Returns the transaction if it is valid; otherwise throws an Error for the first broken rule.
function checkTransaction(transaction, position) {
  // TODO: check that the transaction is an object
  // TODO: check the member
  const { type } = transaction;
  if (!TYPES.includes(type)) {
    throw new Error(`Transaction ${position}: type must be "deposit" or "withdrawal", not "${type}"`);
  }
  // TODO: check the amount
  return transaction;
}

module.exports = { checkTransaction };
