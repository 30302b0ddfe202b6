/**
 * Learning over REST under {@code /api/v1}: enrolling, marking lessons read, a course's progress, and the owner's
 * certificate as a PDF. For apps and partner systems; the pages use the same use cases.
 */
package org.coderise.learning.rest;
