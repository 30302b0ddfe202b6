package org.coderise.metrics.bench;

import java.util.Arrays;

/** Wall-clock timings of repeated runs of one query, in milliseconds. */
final class Timings {
    private final double[] millis;

    private Timings(double[] millis) {
        this.millis = millis.clone();
        Arrays.sort(this.millis);
    }

    @FunctionalInterface
    interface Query {
        void run() throws Exception;
    }

    /** Runs {@code query} {@code warmups} times untimed, then {@code runs} times timed. */
    static Timings of(int warmups, int runs, Query query) throws Exception {
        for (int i = 0; i < warmups; i++) {
            query.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timings(millis);
    }

    double percentile(int p) {
        int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
        return millis[Math.max(0, Math.min(millis.length - 1, index))];
    }
}
