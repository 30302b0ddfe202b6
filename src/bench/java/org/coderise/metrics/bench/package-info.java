/**
 * The metrics benchmark: a seeded generator of a program's learner facts and a timer of the dashboard's queries
 * against the rollups and, side by side, against the raw facts. Built only with {@code -Pbench}.
 */
package org.coderise.metrics.bench;
