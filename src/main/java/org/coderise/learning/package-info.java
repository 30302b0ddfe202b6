/**
 * Learning: enrollments, lesson completion, exercise best scores, progress and resume-where-I-left-off, and
 * certificates. Moves when grading reports a result; tells the rest through the events in {@code api}.
 */
package org.coderise.learning;
