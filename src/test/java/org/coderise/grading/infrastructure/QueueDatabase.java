package org.coderise.grading.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A migrated database for queue tests (in-memory H2 unless a URL is given) and helpers to fill and inspect it. */
public final class QueueDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final DataSource dataSource;

    private QueueDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** A fresh in-memory H2 database in the mode CodeRise runs it. */
    public static QueueDatabase h2() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:grading" + COUNTER.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        return new QueueDatabase(ds);
    }

    /** An existing database (e.g. MariaDB), migrated, with the grading tables emptied. */
    public static QueueDatabase at(DataSource dataSource) {
        var db = new QueueDatabase(dataSource);
        db.update("DELETE FROM grading_queue");
        db.update("DELETE FROM grading_submission");
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Stores a queued submission the way the accepting transaction does, and returns its id. */
    public long submit(long learner, String language, String source, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO grading_submission (learner_id, course_id,"
                        + " exercise_id, catalog_version, language, files_json, files_bytes, hidden_suites, hidden_cases, max_score,"
                        + " status, received_at, queued_at, attempts) VALUES (?, 'course', 'exercise', 'v1', ?, ?, ?, '', '',"
                        + " 10, 'QUEUED', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, learner);
            insert.setString(2, language);
            insert.setString(3, "[{\"path\":\"main.py\",\"content\":" + jsonString(source) + "}]");
            insert.setInt(4, source.length());
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement queue = c.prepareStatement("INSERT INTO grading_queue (submission_id, language,"
                    + " enqueued_at, available_at, attempts) VALUES (?, ?, ?, ?, 0)")) {
                queue.setLong(1, id);
                queue.setString(2, language);
                queue.setObject(3, now);
                queue.setObject(4, now);
                queue.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String status(long id) {
        return text("SELECT status FROM grading_submission WHERE id = " + id);
    }

    public String text(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql) {
        return Long.parseLong(text(sql));
    }

    public void update(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
