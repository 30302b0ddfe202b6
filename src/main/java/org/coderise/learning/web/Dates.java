package org.coderise.learning.web;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the page's language writes them. */
final class Dates {
    private Dates() {
    }

    /** A moment as a date and time in UTC (learners' time zones are not known), e.g. "28 Nov 2026, 18:20 UTC". */
    static String dateTime(Instant instant) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    static String longDate(LocalDate date) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
