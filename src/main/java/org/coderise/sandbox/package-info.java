/**
 * Runs untrusted learner code, and nothing else in CodeRise does. Plain Java with no dependency on any other context,
 * no Jakarta EE: a {@link org.coderise.sandbox.api.RunRequest} goes in, a {@link org.coderise.sandbox.api.RunResult}
 * comes out. Learner failures are data in the result, never exceptions.
 */
package org.coderise.sandbox;
