const test = require('node:test');
const assert = require('node:assert/strict');
const { waitingFor, nextPatient } = require('./main.js');

const appointments = [
  { patient: 'Fatima', doctor: 'Dr. Mensah', seen: true },
  { patient: 'Esther', doctor: 'Dr. Mensah', seen: false },
  { patient: 'Nadia', doctor: 'Dr. Achieng', seen: false },
  { patient: 'Rosa', doctor: 'Dr. Mensah', seen: false },
];

test('only unseen patients of the doctor are waiting', () => {
  assert.deepEqual(waitingFor(appointments, 'Dr. Mensah'), ['Esther', 'Rosa'],
    "expected ['Esther', 'Rosa'] waiting for Dr. Mensah (Fatima was already seen)");
});

test('the next patient is the first one waiting', () => {
  assert.equal(nextPatient(appointments, 'Dr. Achieng'), 'Nadia', "expected 'Nadia' as Dr. Achieng's next patient");
});

test('a doctor with no appointments has nobody waiting', () => {
  assert.deepEqual(waitingFor(appointments, 'Dr. Okafor'), [], 'expected [] waiting for Dr. Okafor');
  assert.equal(nextPatient(appointments, 'Dr. Okafor'), null, "expected null as Dr. Okafor's next patient");
});
