package org.coderise.catalog.content;

import java.util.Locale;

/** File sizes for people: "50.0 MB", "1 MB", "320 KB". */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return bytes >= KB ? (bytes + KB - 1) / KB + " KB" : bytes + " bytes";
    }
}
