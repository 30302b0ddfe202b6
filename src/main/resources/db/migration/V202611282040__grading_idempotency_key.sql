-- Grading: a client's Idempotency-Key per submission. The unique index is what makes a double POST (two clicks, a
-- retried request, two nodes) store one submission: the second insert fails and is answered with the first.
-- Rows without a key (NULL) are not constrained.
ALTER TABLE grading_submission ADD COLUMN idempotency_key VARCHAR(100);
CREATE UNIQUE INDEX ux_grading_submission_idempotency ON grading_submission (learner_id, idempotency_key);
