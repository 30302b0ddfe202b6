package org.coderise.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final String H2 = "jdbc:h2:file:/data/db/coderise;MODE=LEGACY";
    private static final String MYSQL = "jdbc:mysql://db:3306/coderise";

    @Test
    void theEmbeddedDatabaseMeansDemo() {
        assertThat(DemoData.wanted(Optional.empty(), H2)).isTrue();
    }

    @Test
    void mysqlIsProductionUnlessDemoIsAskedFor() {
        assertThat(DemoData.wanted(Optional.empty(), MYSQL)).isFalse();
        assertThat(DemoData.wanted(Optional.of(true), MYSQL)).isTrue();
    }

    @Test
    void demoFalseWinsEvenOnTheEmbeddedDatabase() {
        assertThat(DemoData.wanted(Optional.of(false), H2)).isFalse();
    }
}
