package org.coderise.metrics.rest;

import org.coderise.metrics.domain.Cell;

/**
 * A count on the wire: {@code value} is absent when the cell is suppressed, and {@code suppressed} says why
 * ({@code below-k} or {@code complementary}). Partners' reports parse this shape: changing it breaks them.
 */
public record CellResponse(Long value, String suppressed) {

    static CellResponse of(Cell cell) {
        return switch (cell.suppression()) {
            case NONE -> new CellResponse(cell.value(), null);
            case SMALL -> new CellResponse(null, "below-k");
            case COMPLEMENTARY -> new CellResponse(null, "complementary");
        };
    }
}
