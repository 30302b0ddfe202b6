const test = require('node:test');
const assert = require('node:assert/strict');
const { waitingFor, nextPatient } = require('./main.js');

const appointments = [
  { patient: 'Fatima', doctor: 'Dr. Mensah', seen: true },
  { patient: 'Esther', doctor: 'Dr. Mensah', seen: false },
  { patient: 'Nadia', doctor: 'Dr. Achieng', seen: true },
  { patient: 'Rosa', doctor: 'Dr. Mensah', seen: false },
];

test('the next patient skips those already seen', () => {
  assert.equal(nextPatient(appointments, 'Dr. Mensah'), 'Esther', "expected 'Esther' as Dr. Mensah's next patient (Fatima was seen)");
});

test('a doctor who has seen everyone has nobody waiting', () => {
  assert.deepEqual(waitingFor(appointments, 'Dr. Achieng'), [], 'expected [] waiting for Dr. Achieng, who has seen Nadia');
  assert.equal(nextPatient(appointments, 'Dr. Achieng'), null, "expected null as Dr. Achieng's next patient, who has seen Nadia");
});

test('an empty day has nobody waiting', () => {
  assert.deepEqual(waitingFor([], 'Dr. Mensah'), [], 'expected [] for a day with no appointments');
  assert.equal(nextPatient([], 'Dr. Mensah'), null, 'expected null for a day with no appointments');
});

test('the appointments are not changed', () => {
  const copy = JSON.parse(JSON.stringify(appointments));
  waitingFor(appointments, 'Dr. Mensah');
  nextPatient(appointments, 'Dr. Mensah');
  assert.deepEqual(appointments, copy, 'expected the appointments array to stay unchanged');
});
