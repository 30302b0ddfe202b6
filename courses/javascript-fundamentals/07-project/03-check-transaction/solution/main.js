const TYPES = ['deposit', 'withdrawal'];

// Returns the transaction if it is valid; otherwise throws an Error for the first broken rule.
function checkTransaction(transaction, position) {
  const problem = (message) => new Error(`Transaction ${position}: ${message}`);
  if (typeof transaction !== 'object' || transaction === null) {
    throw problem('must be an object');
  }
  const { member, type, amount } = transaction;
  if (typeof member !== 'string' || member.trim() === '') {
    throw problem('member is missing');
  }
  if (!TYPES.includes(type)) {
    throw problem(`type must be "deposit" or "withdrawal", not "${type}"`);
  }
  if (typeof amount !== 'number' || !(amount > 0)) {
    throw problem('amount must be a positive number');
  }
  return transaction;
}

module.exports = { checkTransaction };
