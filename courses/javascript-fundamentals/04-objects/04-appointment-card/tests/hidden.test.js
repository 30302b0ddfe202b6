const test = require('node:test');
const assert = require('node:assert/strict');
const { describe, reschedule } = require('./main.js');

test('the card works for another patient', () => {
  const appointment = { patient: 'Rosa Quispe', time: '08:15', doctor: 'Dr. Achieng' };
  assert.equal(describe(appointment), '08:15 Rosa Quispe with Dr. Achieng',
    "expected '08:15 Rosa Quispe with Dr. Achieng' for " + JSON.stringify(appointment));
});

test('rescheduling keeps every other property', () => {
  const appointment = { patient: 'Rosa Quispe', time: '08:15', doctor: 'Dr. Achieng', room: 3 };
  assert.deepEqual(reschedule(appointment, '09:00'),
    { patient: 'Rosa Quispe', time: '09:00', doctor: 'Dr. Achieng', room: 3 },
    'expected the room and all other properties to be kept after rescheduling ' + JSON.stringify(appointment));
});

test('rescheduling returns a different object', () => {
  const appointment = { patient: 'Rosa Quispe', time: '08:15', doctor: 'Dr. Achieng' };
  assert.notEqual(reschedule(appointment, '09:00'), appointment, 'expected reschedule to return a new object, not the one it was given');
});
