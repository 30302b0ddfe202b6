package org.coderise.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coderise.metrics.domain.CountTable;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {
    private static final DateRange MAY = new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

    @Test
    void writesSuppressedCellsAsThePageShowsThemAndNeverTheirValues() {
        StringWriter out = new StringWriter();

        MetricsCsv.breakdown(breakdown(Dimension.COUNTRY, List.of("KE", "UG", "TZ")),
                Map.of("KE", "KE", "UG", "UG", "TZ", "TZ"), out);

        assertThat(out.toString()).isEqualTo("country,registered\r\nKE,120\r\nUG,< 10\r\nTZ,hidden\r\ntotal,159\r\n");
    }

    @Test
    void writesPartnersByNameWithTheirIdBeside() {
        StringWriter out = new StringWriter();

        MetricsCsv.breakdown(breakdown(Dimension.PARTNER, List.of("7", "8", "unknown")),
                Map.of("7", "Code Club Kisumu", "8", "Girls, Code!", "unknown", "unknown"), out);

        assertThat(out.toString()).isEqualTo("partner,partner_id,registered\r\nCode Club Kisumu,7,120\r\n"
                + "\"Girls, Code!\",8,< 10\r\nunknown,unknown,hidden\r\ntotal,,159\r\n");
    }

    private static Breakdown breakdown(Dimension dimension, List<String> groups) {
        return new Breakdown(dimension, MAY, new SmallCellSuppression(10).apply(new CountTable(groups,
                List.of("registered"), new long[][] {{120}, {9}, {30}}, true, false)));
    }
}
