/**
 * Flyway's Java migrations, for the rare change H2 and MariaDB cannot express in one SQL text; they run in version
 * order with the SQL ones in {@code db/migration}.
 */
package db.migration;
