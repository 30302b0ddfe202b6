package org.coderise.catalog.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed vocabularies of the course format, in one place so the reader and the documentation agree. */
public final class Formats {
    /** Sandbox language ids a course may use, with the default entry file of each. */
    public static final Map<String, String> DEFAULT_ENTRY = Map.of(
            "python", "main.py", "javascript", "main.js", "java", "Main.java", "c", "main.c");
    public static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");
    public static final List<String> COMPARE_MODES = List.of("exact", "trailing-whitespace", "tokens", "numbers");
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    public static final int DEFAULT_CPU_SECONDS = 5;
    public static final int DEFAULT_MEMORY_MB = 256;
    public static final int DEFAULT_POINTS = 10;
    /**
     * File types the asset endpoint serves (what lessons may show or link to), with their media types. Reference
     * solutions and tests are never served, whatever their type.
     */
    public static final Map<String, String> ASSET_MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp",
            "svg", "image/svg+xml", "csv", "text/csv; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "json", "application/json", "pdf", "application/pdf");
    static final Set<String> TEXT_KEYS = Set.of("title", "summary");

    private Formats() {
    }

    static String sortedList(java.util.Collection<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
