package org.coderise.review.application;

import java.util.List;
import java.util.Optional;

/** Grading as review needs it: a submission's code and automatic results. */
public interface Submissions {

    Optional<Snapshot> find(long submissionId);

    /** A submission as a reviewer reads it; {@code graded} is false until a result is recorded. */
    record Snapshot(long submissionId, long learnerId, String courseId, String exerciseId, List<CodeFile> files,
            boolean graded, String verdict, int score, int maxScore, List<TestOutcome> tests) {
        public Snapshot {
            files = List.copyOf(files);
            tests = List.copyOf(tests);
        }

        public Optional<CodeFile> file(String path) {
            return files.stream().filter(f -> f.path().equals(path)).findFirst();
        }
    }

    record CodeFile(String path, String content) {
    }

    /** One automatic test: mentors see hidden ones too. */
    record TestOutcome(String name, boolean passed, String message) {
    }
}
