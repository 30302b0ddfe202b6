package org.coderise.shared.web;

import java.util.Locale;

/** The visitor switched the pages to another language (one of {@link LocaleSelection#SUPPORTED}). */
public record LanguageChosen(Locale locale) {
}
