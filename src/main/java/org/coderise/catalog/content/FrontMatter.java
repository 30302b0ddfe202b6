package org.coderise.catalog.content;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between {@code ---} lines at the top) and its body.
 *
 * @param yaml the front matter, empty when there is none
 * @param body the Markdown after it
 * @param bodyLineOffset lines before the body, to report body problems at their real line
 */
record FrontMatter(Optional<String> yaml, String body, int bodyLineOffset) {

    static FrontMatter split(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return new FrontMatter(Optional.empty(), normalised, 0);
        }
        int end = normalised.indexOf("\n---", 3);
        while (end >= 0 && !(normalised.startsWith("\n---\n", end) || normalised.endsWith("\n---")
                && end == normalised.length() - 4)) {
            end = normalised.indexOf("\n---", end + 1);
        }
        if (end < 0) {
            return new FrontMatter(Optional.empty(), normalised, 0);
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyStart = Math.min(normalised.length(), end + 5);
        int offset = (int) normalised.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        return new FrontMatter(Optional.of(yaml), normalised.substring(bodyStart), offset);
    }
}
