package org.coderise.metrics.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Function;
import javax.sql.DataSource;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Funnel;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.metrics.infrastructure.MetricsStorageException;
import org.coderise.metrics.infrastructure.RollupQueries;
import org.coderise.shared.infrastructure.DatabaseConfiguration;

/**
 * The dashboard's and the API's questions ({@link MetricsReports}) on a connection of the application's database.
 * Callers must already be authorised (MANAGER or ADMIN).
 */
@ApplicationScoped
public class DashboardService {
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;
    private final MetricsSettings settings;

    @Inject
    public DashboardService(MetricsSettings settings) {
        this.settings = settings;
    }

    /** For CDI's proxy only. */
    protected DashboardService() {
        this.settings = null;
    }

    public ProgressReport progress(ReachDefinition definition, LocalDate today) {
        return read(reports -> reports.progress(definition, today));
    }

    /** The funnel of the learners who registered within {@code range}. */
    public Funnel funnel(DateRange range) {
        return read(reports -> reports.funnel(range));
    }

    /** Learners per group of {@code dimension} who first reached each milestone within {@code range}'s months. */
    public Breakdown breakdown(Dimension dimension, DateRange range) {
        return read(reports -> reports.breakdown(dimension, range));
    }

    public MetricsSettings settings() {
        return settings;
    }

    private <T> T read(Function<MetricsReports, T> question) {
        try (Connection connection = dataSource.getConnection()) {
            return question.apply(new MetricsReports(new RollupQueries(connection), settings.goal(),
                    settings.suppression()));
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read the rollups", e);
        }
    }
}
