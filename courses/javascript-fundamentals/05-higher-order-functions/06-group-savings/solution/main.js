// The sum of all the payments.
const totalSaved = (payments) => payments.reduce((sum, p) => sum + p.amount, 0);

// Each member's total, e.g. { Joy: 700, Mercy: 300 }.
function totalsByMember(payments) {
  return payments.reduce((totals, p) => {
    totals[p.member] = (totals[p.member] ?? 0) + p.amount;
    return totals;
  }, {});
}

module.exports = { totalSaved, totalsByMember };
