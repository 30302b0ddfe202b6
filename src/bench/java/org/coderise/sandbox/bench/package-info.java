/**
 * The sandbox benchmark (not part of the test suite): per-run overhead against the same commands run bare, and
 * throughput of small unit-tested submissions with 1, 2 and 4 workers. Run with {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.coderise.sandbox.bench.SandboxBenchmark}.
 */
package org.coderise.sandbox.bench;
