package org.coderise.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Proof that a learner completed a course: one per learner and course, never changed once issued. The learner's name
 * and the course title are copied at issue time, so the certificate says what it said on the day it was issued even if
 * the account or the course is renamed later.
 */
@Entity
@Table(name = "learning_certificate")
public class Certificate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "verification_code")
    private String verificationCode;
    @Column(name = "learner_id")
    private long learnerId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "learner_name")
    private String learnerName;
    @Column(name = "course_title")
    private String courseTitle;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    protected Certificate() {
    }

    public Certificate(VerificationCode code, long learnerId, String courseId, String learnerName, String courseTitle,
            LocalDateTime now) {
        this.verificationCode = code.value();
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.learnerName = learnerName;
        this.courseTitle = courseTitle;
        this.issuedOn = now.toLocalDate();
        this.issuedAt = now;
    }

    public boolean isOwnedBy(long userId) {
        return learnerId == userId;
    }

    public VerificationCode code() {
        return new VerificationCode(verificationCode);
    }

    public long learnerId() {
        return learnerId;
    }

    public String courseId() {
        return courseId;
    }

    public String learnerName() {
        return learnerName;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDateTime issuedAt() {
        return issuedAt;
    }
}
