package org.coderise.metrics.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Grain;
import org.coderise.metrics.infrastructure.RollupQueries.Run;
import org.junit.jupiter.api.Test;

class RollupQueriesTest {
    @Test
    void coversFiveYearsOfABreakdownWithMonthsQuartersAndWholeYears() {
        assertThat(RollupQueries.runs(Grain.of(Dimension.COHORT), LocalDate.of(2021, 12, 1), LocalDate.of(2026, 11, 30)))
                .containsExactly(run(Grain.MONTH, "2021-12-01", "2021-12-01"), run(Grain.YEAR, "2022-01-01", "2025-01-01"),
                        run(Grain.QUARTER, "2026-01-01", "2026-07-01"), run(Grain.MONTH, "2026-10-01", "2026-11-01"));
    }

    @Test
    void leavesOutTheDaysOfPartialMonthsWhereThereAreNoDayRows() {
        assertThat(RollupQueries.runs(Grain.of(Dimension.COUNTRY), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 6, 10)))
                .containsExactly(run(Grain.MONTH, "2026-03-01", "2026-05-01"));
    }

    @Test
    void readsTheProgramByDaysAtEitherEndAndMonthsBetween() {
        assertThat(RollupQueries.runs(Grain.of(Dimension.ALL), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 4, 2)))
                .containsExactly(run(Grain.DAY, "2026-01-30", "2026-01-31"), run(Grain.MONTH, "2026-02-01", "2026-03-01"),
                        run(Grain.DAY, "2026-04-01", "2026-04-02"));
    }

    private static Run run(Grain grain, String first, String last) {
        return new Run(grain, LocalDate.parse(first), LocalDate.parse(last));
    }
}
