package org.coderise.shared.domain;

/** A condition that passes with time (throttling, busy queues): the problem response then carries Retry-After. */
public interface RetryLater {
    /** Whole seconds, at least 1. */
    long retryAfterSeconds();
}
