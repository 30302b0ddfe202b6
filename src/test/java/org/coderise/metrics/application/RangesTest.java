package org.coderise.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.MalformedDateException;
import org.coderise.metrics.domain.RangeTooLongException;
import org.coderise.metrics.domain.ReversedRangeException;
import org.junit.jupiter.api.Test;

class RangesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void defaultsToTheLast365DaysEndingToday() {
        assertThat(Ranges.parse(null, " ", TODAY)).isEqualTo(new DateRange(TODAY.minusDays(364), TODAY));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Ranges.parse("2026-05-01", "2026-04-01", TODAY))
                .isInstanceOf(ReversedRangeException.class).hasMessageContaining("before it starts");
    }

    @Test
    void refusesADateThatIsNotIso() {
        assertThatThrownBy(() -> Ranges.parse("01/05/2026", null, TODAY))
                .isInstanceOf(MalformedDateException.class).hasMessageContaining("'from'");
    }

    @Test
    void refusesRangesOfTwentyYearsOrMoreButAcceptsTenYears() {
        assertThat(Ranges.parse("2016-11-29", "2026-11-28", TODAY).from()).isEqualTo(LocalDate.of(2016, 11, 29));
        assertThatThrownBy(() -> Ranges.parse("2000-01-01", "2026-11-28", TODAY))
                .isInstanceOf(RangeTooLongException.class);
    }

    @Test
    void widensABreakdownRangeToWholeMonths() {
        DateRange months = new DateRange(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 3)).wholeMonths();

        assertThat(months).isEqualTo(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)));
    }
}
