const isWaitingFor = (doctor) => (a) => a.doctor === doctor && !a.seen;

// Names of the patients still waiting for `doctor`, in arrival order.
function waitingFor(appointments, doctor) {
  return appointments
    .filter(isWaitingFor(doctor))
    .map((a) => a.patient);
}

// Name of the first patient still waiting for `doctor`, or null.
function nextPatient(appointments, doctor) {
  const next = appointments.find(isWaitingFor(doctor));
  return next ? next.patient : null;
}

module.exports = { waitingFor, nextPatient };
