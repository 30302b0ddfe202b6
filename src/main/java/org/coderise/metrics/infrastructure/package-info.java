/**
 * Plain JDBC over a given {@link java.sql.Connection}: the facts and rollup tables, and the few aggregate queries
 * dashboards run. Plain JDBC so the same code serves the container, the rebuild command and the benchmark.
 */
package org.coderise.metrics.infrastructure;
