package org.coderise.metrics.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.MalformedDateException;

/** Date ranges as people and API clients give them: ISO dates, either end optional (default: the last 365 days). */
public final class Ranges {
    static final int DEFAULT_DAYS = 365;

    private Ranges() {
    }

    /** The range from {@code from} to {@code to} (blank: a year before the end, and today). */
    public static DateRange parse(String from, String to, LocalDate today) {
        LocalDate end = isBlank(to) ? today : date("to", to);
        LocalDate start = isBlank(from) ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        return new DateRange(start, end);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedDateException(name, value);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
