package org.coderise.metrics.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Empties the generated tables and loads the generator's files into them. On MySQL/MariaDB it uses
 * {@code LOAD DATA LOCAL INFILE} (the URL needs {@code allowLoadLocalInfile=true}) with the secondary indexes of
 * {@code grading_submission} dropped during the load and built once afterwards; elsewhere (H2) batched inserts.
 */
final class BulkLoader {
    /** The secondary indexes of the largest table, as the migration creates them. */
    private static final Map<String, String> SUBMISSION_INDEXES = Map.of(
            "ix_grading_submission_learner", "(learner_id, received_at)",
            "ix_grading_submission_exercise", "(learner_id, course_id, exercise_id)",
            "ix_grading_submission_status", "(status, finished_at)");
    /** Tables that refer to the generated ones or hold what was derived from them: emptied too. */
    private static final List<String> DEPENDENT = List.of("grading_queue", "learning_counted_submission",
            "account_roles", "api_tokens", "metrics_rollup", "metrics_active_change");
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final boolean mysql;

    BulkLoader(Connection connection) throws SQLException {
        this.connection = connection;
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        this.mysql = product.contains("mysql") || product.contains("mariadb");
    }

    void load(Path dir, Map<String, String> tables) throws SQLException, IOException {
        List<String> all = new ArrayList<>(DEPENDENT);
        List<String> generated = new ArrayList<>(tables.keySet());
        Collections.reverse(generated);
        all.addAll(generated);
        try (Statement statement = connection.createStatement()) {
            if (mysql) {
                statement.execute("SET foreign_key_checks = 0");
                statement.execute("SET unique_checks = 0");
                for (String table : all) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
                for (String index : existingSubmissionIndexes()) {
                    statement.execute("ALTER TABLE grading_submission DROP INDEX " + index);
                }
            } else {
                for (String table : all) {
                    statement.execute("DELETE FROM " + table);
                }
            }
            connection.commit();
            for (Map.Entry<String, String> table : tables.entrySet()) {
                Path file = dir.resolve(table.getKey() + ".tsv").toAbsolutePath();
                if (mysql) {
                    statement.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table.getKey()
                            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' ("
                            + table.getValue() + ")");
                } else {
                    insert(file, table.getKey(), table.getValue());
                }
                connection.commit();
                System.out.println("loaded " + table.getKey());
            }
            if (mysql) {
                List<String> add = SUBMISSION_INDEXES.entrySet().stream()
                        .map(e -> "ADD INDEX " + e.getKey() + " " + e.getValue()).toList();
                statement.execute("ALTER TABLE grading_submission " + String.join(", ", add));
                statement.execute("SET foreign_key_checks = 1");
                statement.execute("SET unique_checks = 1");
                for (String table : tables.keySet()) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
            connection.commit();
        }
    }

    private List<String> existingSubmissionIndexes() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT index_name FROM information_schema.statistics "
                     + "WHERE table_schema = DATABASE() AND table_name = 'grading_submission'")) {
            while (rs.next()) {
                if (SUBMISSION_INDEXES.containsKey(rs.getString(1).toLowerCase())) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private void insert(Path file, String table, String columns) throws SQLException, IOException {
        int count = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql);
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int pending = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                String[] values = line.split("\t", -1);
                for (int i = 0; i < count; i++) {
                    if ("\\N".equals(values[i])) {
                        insert.setNull(i + 1, Types.VARCHAR);
                    } else {
                        insert.setString(i + 1, values[i]);
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
