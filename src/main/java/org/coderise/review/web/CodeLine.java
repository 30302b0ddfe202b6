package org.coderise.review.web;

import java.util.List;
import org.coderise.review.domain.ReviewComment;

/** One numbered line of a file as a review shows it, with the comments anchored to it. */
public record CodeLine(int number, String text, List<ReviewComment> comments) {
    public CodeLine {
        comments = List.copyOf(comments);
    }

    /** Lines of a file with the comments of that file placed at their lines. */
    static List<CodeLine> of(String content, String path, List<ReviewComment> comments) {
        String[] lines = org.coderise.review.domain.LineDiff.lines(content);
        return java.util.stream.IntStream.range(0, lines.length).mapToObj(i -> new CodeLine(i + 1, lines[i],
                comments.stream().filter(c -> c.filePath().equals(path) && c.lineNumber() == i + 1).toList())).toList();
    }
}
