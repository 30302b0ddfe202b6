package org.coderise.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * A course as a catalog card shows it, in one locale.
 *
 * @param id the stable course id
 * @param version the current version number (1, 2, ...); a new one is published when the course's files change
 * @param locale the locale the texts are in (the requested one, or the course's own language when not translated)
 * @param locales every locale the course has a title in, its own language first
 */
public record CourseSummary(String id, int version, String locale, String title, String summary,
        String instructionLanguage, String programmingLanguage, String level, double estimatedHours, int modules,
        int lessons, int exercises, List<String> locales) implements Serializable {

    public CourseSummary {
        locales = List.copyOf(locales);
    }
}
