package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * Turns a learner's active days into changes of the "active in the trailing N days" counts. A learner active on day
 * a counts as active on days a … a+N-1; overlapping spans are merged, so each learner counts at most once per day:
 * +1 where a merged span starts, -1 the day after it ends.
 */
public final class ActivityCoverage {
    /** The windows the dashboard shows: active in the last 7 and the last 30 days. */
    public static final int[] WINDOWS = {7, 30};

    private ActivityCoverage() {
    }

    public static Map<ActiveKey, Long> changes(SortedSet<LocalDate> activeDays) {
        Map<ActiveKey, Long> changes = new HashMap<>();
        for (int window : WINDOWS) {
            addSpans(activeDays, window, changes);
        }
        return changes;
    }

    private static void addSpans(SortedSet<LocalDate> days, int window, Map<ActiveKey, Long> changes) {
        LocalDate spanStart = null;
        LocalDate spanEnd = null;
        for (LocalDate day : days) {
            if (spanEnd != null && !day.isAfter(spanEnd.plusDays(1))) {
                spanEnd = day.plusDays(window - 1L);
                continue;
            }
            closeSpan(spanStart, spanEnd, window, changes);
            spanStart = day;
            spanEnd = day.plusDays(window - 1L);
        }
        closeSpan(spanStart, spanEnd, window, changes);
    }

    private static void closeSpan(LocalDate start, LocalDate end, int window, Map<ActiveKey, Long> changes) {
        if (start != null) {
            changes.merge(new ActiveKey(start, window), 1L, Long::sum);
            changes.merge(new ActiveKey(end.plusDays(1), window), -1L, Long::sum);
        }
    }
}
