// Savings group ledger: checks the transactions and reports every member's balance.

// Copy your checkTransaction from the previous exercise here.
function checkTransaction(transaction, position) {
  // TODO
  return transaction;
}

// The checked transactions from the ledger's JSON text.
function parseLedger(json) {
  // TODO: throw 'The ledger is not valid JSON' if the text cannot be parsed
  // TODO: throw 'The ledger must be a list of transactions' if it is not an array
  // TODO: check every transaction with its position (1 for the first)
  return JSON.parse(json);
}

// Each member's balance, e.g. { Joy: 700, Mercy: 300 }.
function balances(transactions) {
  const totals = {};
  // TODO: add deposits, subtract withdrawals, refuse to go below 0
  return totals;
}

// One line per member, highest balance first, then the group total.
function report(transactions) {
  // TODO
  return 'Group total: 0';
}

if (require.main === module) {
  const input = require('fs').readFileSync(0, 'utf8');
  // TODO: print report(parseLedger(input)); on an error print "Error: <message>" and set process.exitCode = 1
}

module.exports = { checkTransaction, parseLedger, balances, report };
