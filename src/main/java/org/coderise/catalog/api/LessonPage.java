package org.coderise.catalog.api;

import java.io.Serializable;

/**
 * A lesson to show.
 *
 * @param locale the locale of {@code title} and {@code html}: the requested one or the course's own language
 * @param html sanitised at import; embed it as is (images point at the course's asset URLs)
 */
public record LessonPage(String courseId, String lessonId, int version, String locale, String title, String html,
        int minutes) implements Serializable {
}
