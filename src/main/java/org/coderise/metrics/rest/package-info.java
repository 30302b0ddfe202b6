/**
 * The metrics API for managers and partners' own reporting: summary, funnel and breakdowns (JSON or CSV), with the
 * same suppression as the dashboard, and the admin's rollup rebuild.
 */
package org.coderise.metrics.rest;
