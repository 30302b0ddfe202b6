package org.coderise.review.web;

import java.util.List;
import org.coderise.review.domain.LineDiff;

/** A file of a reviewed submission: its lines with comments, and its diff against the previous attempt if any. */
public record CodeFileView(String path, List<CodeLine> lines, List<LineDiff.Line> diff) {
    public CodeFileView {
        lines = List.copyOf(lines);
        diff = List.copyOf(diff);
    }

    public boolean isChanged() {
        return diff.stream().anyMatch(l -> l.change() != LineDiff.Change.SAME);
    }
}
