/**
 * The languages the sandbox runs. Each is a small descriptor (compile and run commands by absolute path, memory
 * flags, files it needs) plus a test harness shipped as resources and mounted read-only; adding a language is a new
 * {@link org.coderise.sandbox.language.Language} and its harness, nothing else.
 */
package org.coderise.sandbox.language;
