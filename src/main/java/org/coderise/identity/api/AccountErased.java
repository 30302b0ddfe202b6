package org.coderise.identity.api;

/**
 * A person erased their account: their name, email and demographics are gone, the id remains for aggregates. Other
 * contexts drop what they hold that identifies the person. Fired inside the erasing transaction (observe with
 * {@code during = TransactionPhase.AFTER_SUCCESS}).
 */
public record AccountErased(long userId) {
}
