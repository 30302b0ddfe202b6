/**
 * Metrics: progress toward the program's goal, funnels and breakdowns. It observes the other contexts' events,
 * keeps daily rollups as they happen, and answers dashboards from those rollups only, with small groups suppressed.
 */
package org.coderise.metrics;
