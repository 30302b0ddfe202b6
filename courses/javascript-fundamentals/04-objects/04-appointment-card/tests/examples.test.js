const test = require('node:test');
const assert = require('node:assert/strict');
const { describe, reschedule } = require('./main.js');

test('the card shows time, patient and doctor', () => {
  const appointment = { patient: 'Fatima Diallo', time: '10:30', doctor: 'Dr. Mensah' };
  assert.equal(describe(appointment), '10:30 Fatima Diallo with Dr. Mensah',
    "expected '10:30 Fatima Diallo with Dr. Mensah' for " + JSON.stringify(appointment));
});

test('rescheduling gives the new time', () => {
  const appointment = { patient: 'Fatima Diallo', time: '10:30', doctor: 'Dr. Mensah' };
  assert.deepEqual(reschedule(appointment, '14:00'),
    { patient: 'Fatima Diallo', time: '14:00', doctor: 'Dr. Mensah' },
    "expected the same appointment at '14:00' after reschedule(appointment, '14:00')");
});

test('rescheduling leaves the original appointment unchanged', () => {
  const appointment = { patient: 'Fatima Diallo', time: '10:30', doctor: 'Dr. Mensah' };
  reschedule(appointment, '14:00');
  assert.equal(appointment.time, '10:30', "expected the original appointment to keep its time '10:30'");
});
