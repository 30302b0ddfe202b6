/**
 * The learning model: enrollments with the place to resume, per-item progress (lessons read, exercises' best scores
 * and mentor approvals), the roll-up into module and course progress with the completion rule, and certificates.
 */
package org.coderise.learning.domain;
