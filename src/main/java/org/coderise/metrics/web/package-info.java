/**
 * The manager's dashboard page: its backing bean, the Chart.js models (bundled with PrimeFaces, no CDN) and the
 * table views with their text alternatives; every figure comes suppressed from the application layer.
 */
package org.coderise.metrics.web;
