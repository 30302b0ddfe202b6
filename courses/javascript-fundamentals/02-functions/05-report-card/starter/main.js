// The grade for a score out of 100: 'A', 'B', 'C' or 'Not yet'.
const grade = (score) => {
  // TODO: check the highest band first
  if (score >= 80) {
    return 'A';
  }
  return 'Not yet';
};

// true when the score is 50 or more.
const passed = (score) => {
  // TODO
};

module.exports = { grade, passed };
