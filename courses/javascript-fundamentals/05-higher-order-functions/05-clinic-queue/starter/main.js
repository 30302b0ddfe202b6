// Names of the patients still waiting for `doctor`, in arrival order.
function waitingFor(appointments, doctor) {
  // TODO: also leave out the patients who have been seen
  return appointments
    .filter((a) => a.doctor === doctor)
    .map((a) => a.patient);
}

// Name of the first patient still waiting for `doctor`, or null.
function nextPatient(appointments, doctor) {
  // TODO: use appointments.find
  return null;
}

module.exports = { waitingFor, nextPatient };
