package org.coderise.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A group of learners of one partner who start together, with the mentors assigned to them. Learners join with the
 * cohort's invite code (unique across cohorts, compared case-insensitively, stored upper case) while it is open.
 */
@Entity
@Table(name = "cohorts")
public class Cohort {
    /** Letters and digits that cannot be confused when read aloud or copied from paper (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "partner_id")
    private long partnerId;
    private String name;
    @Column(name = "invite_code")
    private String inviteCode;
    @Column(name = "open_for_joining")
    private boolean open;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Cohort() {
    }

    public Cohort(long partnerId, String name, String inviteCode, LocalDateTime createdAt) {
        this.partnerId = partnerId;
        this.name = name.strip();
        this.inviteCode = normalizeCode(inviteCode);
        this.open = true;
        this.createdAt = createdAt;
    }

    /** The form codes are stored and looked up in. */
    public static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** A fresh random code of 8 unambiguous characters (about 39 bits: not guessable by trying). */
    public static String newInviteCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public void changeInviteCode(String code) {
        this.inviteCode = normalizeCode(code);
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public long id() {
        return id;
    }

    public long partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public String inviteCode() {
        return inviteCode;
    }

    public boolean isOpen() {
        return open;
    }
}
