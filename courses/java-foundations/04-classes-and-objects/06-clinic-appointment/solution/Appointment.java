public record Appointment(String patient, int hour, int minute) {

    public String time() {
        return String.format("%02d:%02d", hour, minute);
    }

    public boolean isMorning() {
        return hour < 12;
    }

    public boolean isBefore(Appointment other) {
        return minutesAfterMidnight() < other.minutesAfterMidnight();
    }

    private int minutesAfterMidnight() {
        return hour * 60 + minute;
    }
}
