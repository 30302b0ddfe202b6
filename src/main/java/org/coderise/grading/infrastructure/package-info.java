/**
 * Grading's adapters: the durable queue in SQL (lease claims that are safe across nodes), the JPA repository, the
 * stored JSON form of sandbox results, the sandbox and catalog ports' wiring, and the worker pool's threads.
 */
package org.coderise.grading.infrastructure;
