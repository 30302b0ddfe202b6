package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A comment was anchored to a file or line the submission does not have. */
public class LineOutOfRangeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public LineOutOfRangeException(String file, int line, int lineCount) {
        super("review-line-out-of-range", 400, "Line " + line + " does not exist in " + file + " (it has " + lineCount + " lines)", line, file, lineCount);
    }

    @Override
    public String title() {
        return "No such line";
    }
}
