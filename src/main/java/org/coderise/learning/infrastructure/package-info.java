/**
 * Learning's adapters: JPA storage, the observer of grading's results, the certificate PDF, and the ports onto the
 * catalog (course outlines) and identity (learners' names).
 */
package org.coderise.learning.infrastructure;
