package org.coderise.catalog.application;

import java.util.Map;

/**
 * What one import of the courses folder did.
 *
 * @param coursesDir the absolute folder read
 * @param outcomes per course folder: PUBLISHED, UNCHANGED, REJECTED, or FAILED when storing it failed
 */
public record ImportSummary(String coursesDir, Map<String, String> outcomes) {
    public ImportSummary {
        outcomes = Map.copyOf(outcomes);
    }

    public long count(String outcome) {
        return outcomes.values().stream().filter(outcome::equals).count();
    }

    @Override
    public String toString() {
        return "courses in " + coursesDir + ": " + count("PUBLISHED") + " published, " + count("UNCHANGED")
                + " unchanged, " + count("REJECTED") + " rejected, " + count("FAILED") + " failed";
    }
}
