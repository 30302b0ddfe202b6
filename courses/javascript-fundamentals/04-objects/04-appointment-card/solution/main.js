// One line for the clinic's screen: '<time> <patient> with <doctor>'.
function describe(appointment) {
  const { time, patient, doctor } = appointment;
  return `${time} ${patient} with ${doctor}`;
}

// A copy of the appointment at `newTime`; the original stays unchanged.
function reschedule(appointment, newTime) {
  return { ...appointment, time: newTime };
}

module.exports = { describe, reschedule };
