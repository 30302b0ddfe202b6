package org.coderise.learning.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the page's language writes them. */
final class Dates {
    private Dates() {
    }

    static String longDate(LocalDate date) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
