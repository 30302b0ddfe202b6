package org.coderise.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.coderise.metrics.domain.CountTable;
import org.coderise.metrics.domain.PublishedTable;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    @Test
    void writesSuppressedCellsAsThePageShowsThemAndNeverTheirValues() {
        PublishedTable table = new SmallCellSuppression(10).apply(new CountTable(List.of("KE", "UG", "TZ"),
                List.of("registered"), new long[][] {{120}, {9}, {30}}, true, false));
        StringWriter out = new StringWriter();

        MetricsCsv.table(table, "country", out);

        assertThat(out.toString()).isEqualTo("country,registered\r\nKE,120\r\nUG,< 10\r\nTZ,hidden\r\ntotal,159\r\n");
    }
}
