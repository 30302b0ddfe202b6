package org.coderise.metrics.domain;

import java.util.OptionalLong;

/**
 * A published count. A suppressed cell keeps its value only inside the server (the value is never serialised by
 * the API or the page); {@link Suppression} tells whether it was small itself or hidden to protect another cell.
 */
public record Cell(long value, Suppression suppression) {

    public enum Suppression {
        NONE,
        /** Fewer than k learners. */
        SMALL,
        /** Hidden so that a total minus the other cells cannot reveal a small one. */
        COMPLEMENTARY
    }

    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }

    /** The value for the outside world: empty when suppressed. */
    public OptionalLong published() {
        return suppressed() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
