public record Appointment(String patient, int hour, int minute) {

    public String time() {
        // TODO: "09:05", two digits for the hour and for the minute
        return hour + ":" + minute;
    }

    public boolean isMorning() {
        // TODO: before 12:00
        return false;
    }

    public boolean isBefore(Appointment other) {
        // TODO: compare with other.hour() and other.minute()
        return false;
    }
}
