// One line for the clinic's screen: '<time> <patient> with <doctor>'.
function describe(appointment) {
  // TODO: use the time, patient and doctor properties
  return `${appointment.patient}`;
}

// A copy of the appointment at `newTime`; the original stays unchanged.
function reschedule(appointment, newTime) {
  // TODO: return a new object instead of changing this one
  appointment.time = newTime;
  return appointment;
}

module.exports = { describe, reschedule };
