/**
 * Metrics use cases: turning other contexts' events into learner facts and rollups (with retries, so a lost race
 * never loses a fact), rebuilding the rollups, and answering the dashboard's and API's questions with suppression.
 */
package org.coderise.metrics.application;
