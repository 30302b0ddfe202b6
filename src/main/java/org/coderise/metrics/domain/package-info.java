/**
 * The rules of program metrics as plain Java: what a learner contributes to the rollups, the goal and its projection,
 * the funnel, and small-cell suppression. No JPA, CDI or JDBC here, so all of it is unit-tested directly.
 */
package org.coderise.metrics.domain;
