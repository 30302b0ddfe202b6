/** Submissions, their lifecycle and the conditions that refuse one; no JPA queries or HTTP here. */
package org.coderise.grading.domain;
