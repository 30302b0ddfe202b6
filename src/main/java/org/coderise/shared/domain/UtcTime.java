package org.coderise.shared.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Every stored time in CodeRise is UTC wall time in a {@link LocalDateTime} (EclipseLink cannot map Instant). */
public final class UtcTime {
    private UtcTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
