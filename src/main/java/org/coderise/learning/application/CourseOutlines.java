package org.coderise.learning.application;

import java.util.Locale;
import java.util.Optional;
import org.coderise.learning.domain.CourseOutline;

/** The port onto the catalog: a published course's structure, titles in the given language where translated. */
public interface CourseOutlines {

    Optional<CourseOutline> find(String courseId, Locale locale);
}
