package org.coderise.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.coderise.identity.api.Identities;
import org.coderise.metrics.domain.CountTable;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.junit.jupiter.api.Test;

class GroupNamesTest {
    private static final DateRange MAY = new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

    private final List<Collection<Long>> lookups = new ArrayList<>();
    private final GroupNames names = new GroupNames(new Identities() {
        @Override
        public Map<Long, String> partnerNames(Collection<Long> ids) {
            lookups.add(ids);
            return Map.of(7L, "Code Club Kisumu", 8L, "Girls Code");
        }
    });

    @Test
    void namesEveryPartnerOfATableInOneLookupAndKeepsWhatHasNoName() {
        Map<String, String> labels = names.of(breakdown(Dimension.PARTNER, List.of("7", "8", "9", "unknown")));

        assertThat(labels).containsExactly(Map.entry("7", "Code Club Kisumu"), Map.entry("8", "Girls Code"),
                Map.entry("9", "9"), Map.entry("unknown", "unknown"));
        assertThat(lookups).containsExactly(List.of(7L, 8L, 9L));
    }

    @Test
    void asksNothingForDimensionsWithoutNames() {
        assertThat(names.of(breakdown(Dimension.COUNTRY, List.of("KE", "UG")))).containsEntry("KE", "KE");
        assertThat(lookups).isEmpty();
    }

    private static Breakdown breakdown(Dimension dimension, List<String> groups) {
        long[][] cells = groups.stream().map(g -> new long[] {20}).toArray(long[][]::new);
        return new Breakdown(dimension, MAY, new SmallCellSuppression(10).apply(new CountTable(groups,
                List.of("registered"), cells, true, false)));
    }
}
