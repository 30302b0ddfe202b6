// The grade for a score out of 100: 'A', 'B', 'C' or 'Not yet'.
const grade = (score) => {
  if (score >= 80) {
    return 'A';
  } else if (score >= 65) {
    return 'B';
  } else if (score >= 50) {
    return 'C';
  }
  return 'Not yet';
};

// true when the score is 50 or more.
const passed = (score) => score >= 50;

module.exports = { grade, passed };
