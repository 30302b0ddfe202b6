package org.coderise.catalog.content;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one course folder.
 *
 * @param folder the folder's name under the courses folder
 * @param course present only when there was no error (warnings allowed)
 * @param problems every problem found, in the order found
 */
public record CourseReading(String folder, Optional<CourseContent> course, List<Problem> problems) {
    public CourseReading {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
