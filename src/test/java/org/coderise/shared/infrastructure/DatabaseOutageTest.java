package org.coderise.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aBrokenConnectionDeepInsideJpaIsAnOutage() {
        var driver = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new RuntimeException(driver)))).isTrue();
    }

    @Test
    void anEmptyPoolIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLTransientConnectionException("pool"))))
                .isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate", "23000"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
    }
}
