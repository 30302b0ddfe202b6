package org.coderise.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A nonprofit that brings learners to CodeRise. Its name is unique; its cohorts group its learners. */
@Entity
@Table(name = "partners")
public class Partner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Partner() {
    }

    public Partner(String name, String countryCode, LocalDateTime createdAt) {
        this.name = name.strip();
        this.countryCode = countryCode;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(countryCode);
    }
}
