/**
 * Grading's REST API under {@code /api/v1}: submissions (202 + Location, status with queue position), history,
 * playground runs and languages. Bodies are read with a size cap and parsed here, so bad input is refused before
 * anything is stored.
 */
package org.coderise.grading.rest;
