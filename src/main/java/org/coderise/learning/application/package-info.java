/**
 * Learning's use cases: enrolling, visiting, marking lessons done, counting graded results and mentor decisions,
 * issuing certificates and keeping drafts. Each runs in one transaction and publishes its facts after the commit.
 */
package org.coderise.learning.application;
