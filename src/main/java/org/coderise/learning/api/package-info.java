/**
 * What other contexts may know of learning: its facts, fired as CDI events after the transaction that made them
 * commits (observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} or plain {@code @Observes}).
 * Learners and courses are named by stable ids: the identity user id and the course's id from {@code courses/}.
 */
package org.coderise.learning.api;
