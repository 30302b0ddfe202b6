/**
 * A Jobe-compatible endpoint at {@code /jobe/index.php/restapi/}, so a Moodle CodeRunner site can use CodeRise's
 * sandbox unchanged: run specs, languages, the file cache, Jobe's outcome codes. No CodeRise login; optional API keys
 * with hourly quotas. A servlet of its own, outside the {@code /api/v1} JAX-RS application and its authentication.
 */
package org.coderise.grading.jobe;
