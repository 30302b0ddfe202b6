package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Widens {@code learning_item_progress.review_state} from 16 to 24 characters: {@code CHANGES_REQUESTED} has 17, so
 * a mentor's "changes requested" failed to record. Java because H2 and MariaDB have no common syntax to change a
 * column's size (H2 has no MODIFY, MariaDB no ALTER COLUMN … type).
 */
public class V202611281840__learning_review_state_fits_every_decision extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().startsWith("H2");
        String change = h2 ? "ALTER COLUMN" : "MODIFY COLUMN";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE learning_item_progress " + change + " review_state VARCHAR(24) NOT NULL");
        }
    }
}
