package org.coderise.metrics.application;

import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.PublishedTable;

/** A breakdown as published: the dimension, the whole months it covers (the asked range, widened) and its table. */
public record Breakdown(Dimension dimension, DateRange range, PublishedTable table) {
}
