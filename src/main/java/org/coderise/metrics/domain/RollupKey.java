package org.coderise.metrics.domain;

import java.time.LocalDate;

/** One cell of the rollup table: a period (grain and its first day), a dimension value and a measure code. */
public record RollupKey(Grain grain, LocalDate day, Dimension dimension, String value, String measure) {
}
