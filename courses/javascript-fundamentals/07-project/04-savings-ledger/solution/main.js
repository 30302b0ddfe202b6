// Savings group ledger: checks the transactions and reports every member's balance.

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

// The checked transactions from the ledger's JSON text.
function parseLedger(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error('The ledger is not valid JSON');
  }
  if (!Array.isArray(data)) {
    throw new Error('The ledger must be a list of transactions');
  }
  return data.map((transaction, index) => checkTransaction(transaction, index + 1));
}

// Each member's balance, e.g. { Joy: 700, Mercy: 300 }.
function balances(transactions) {
  const totals = {};
  transactions.forEach(({ member, type, amount }, index) => {
    const balance = totals[member] ?? 0;
    if (type === 'withdrawal' && amount > balance) {
      throw new Error(`Transaction ${index + 1}: ${member} cannot withdraw ${amount} with a balance of ${balance}`);
    }
    if (type === 'deposit') {
      totals[member] = balance + amount;
    } else {
      totals[member] = balance - amount;
    }
  });
  return totals;
}

const byBalanceThenName = ([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB);

// One line per member, highest balance first, then the group total.
function report(transactions) {
  const totals = balances(transactions);
  const lines = Object.entries(totals)
    .sort(byBalanceThenName)
    .map(([member, balance]) => `${member}: ${balance}`);
  const total = Object.values(totals).reduce((sum, balance) => sum + balance, 0);
  return [...lines, `Group total: ${total}`].join('\n');
}

if (require.main === module) {
  const input = require('fs').readFileSync(0, 'utf8');
  try {
    console.log(report(parseLedger(input)));
  } catch (error) {
    console.log(`Error: ${error.message}`);
    process.exitCode = 1;
  }
}

module.exports = { checkTransaction, parseLedger, balances, report };
