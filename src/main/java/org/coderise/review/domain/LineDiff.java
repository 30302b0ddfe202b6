package org.coderise.review.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two versions of a file (the previous attempt and this one), from their longest common subsequence.
 * Quadratic in lines, so it gives up on very long files ({@link #MAX_LINES}) and shows them as replaced: submissions
 * are small programs, and a mentor cannot read a diff of thousands of lines anyway.
 */
public final class LineDiff {
    public static final int MAX_LINES = 3000;

    /** Stored nowhere; shown on the review page. */
    public enum Change { SAME, ADDED, REMOVED }

    /** @param oldNumber 1-based line in the old text, 0 for added lines; newNumber likewise, 0 for removed */
    public record Line(Change change, int oldNumber, int newNumber, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return replaced(a, b);
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Change.SAME, ++i, ++j, a[i - 1]));
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line(Change.REMOVED, ++i, 0, a[i - 1]));
            } else {
                out.add(new Line(Change.ADDED, 0, ++j, b[j - 1]));
            }
        }
        return out;
    }

    /** The lines of a text: a final newline ends the last line rather than starting an empty one. */
    public static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.split("\r?\n", -1);
    }

    private static List<Line> replaced(String[] a, String[] b) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            out.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
        }
        for (int j = 0; j < b.length; j++) {
            out.add(new Line(Change.ADDED, 0, j + 1, b[j]));
        }
        return out;
    }
}
