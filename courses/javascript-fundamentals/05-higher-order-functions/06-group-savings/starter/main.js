// The sum of all the payments.
function totalSaved(payments) {
  // TODO: payments.reduce((sum, p) => ..., 0)
  return 0;
}

// Each member's total, e.g. { Joy: 700, Mercy: 300 }.
function totalsByMember(payments) {
  return payments.reduce((totals, p) => {
    // TODO: add p.amount to this member's total, even on their second payment
    totals[p.member] = p.amount;
    return totals;
  }, {});
}

module.exports = { totalSaved, totalsByMember };
