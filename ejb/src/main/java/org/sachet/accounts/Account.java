package org.sachet.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: their roles, the places they work in, their language, and whether they may sign in.
 * A deactivated account cannot sign in at all but keeps its history. Failed sign-ins are counted by client in
 * {@link SignInFailures}, so that a guesser never locks the owner out.
 */
@Entity
@Table(name = "ACCOUNT")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "USERNAME", nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;

    @Column(name = "PREFERRED_LANGUAGE", nullable = false)
    private String language;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    /** Counted per account until issue 14, now in {@link SignInFailures}; the column is NOT NULL, so it stays 0. */
    @Column(name = "FAILED_SIGN_INS", nullable = false)
    private int failedSignIns;

    /** Moves on when every sign-in must end: web sessions begun under an earlier epoch are over. */
    @Column(name = "SIGN_IN_EPOCH", nullable = false)
    private int signInEpoch;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_PLACE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    private Set<Place> places = new HashSet<>();

    protected Account() {
    }

    public Account(Username username, String displayName, String passwordHash, Language language, Instant now) {
        this.username = username.value();
        rename(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.language = language.code();
        this.active = true;
        this.createdAt = now;
    }

    public void rename(String newDisplayName) {
        checkDisplayName(newDisplayName);
        this.displayName = newDisplayName.strip();
    }

    /** A name people are shown: not blank, at most 200 characters. */
    public static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new RuleViolation("displayName", "account.displayName.invalid");
        }
    }

    public boolean maySignIn() {
        return active;
    }

    public int getSignInEpoch() {
        return signInEpoch;
    }

    /** Ends every web session begun before now (the API tokens are revoked by their service). */
    void endSignIns() {
        signInEpoch++;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void assignPlaces(Set<Place> newPlaces) {
        places.clear();
        // an embeddable belongs to one owner: JPA providers lose instances shared between entities
        newPlaces.forEach(place -> places.add(place.copy()));
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public void chooseLanguage(Language newLanguage) {
        this.language = newLanguage.code();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return Language.of(language);
    }

    public boolean isActive() {
        return active;
    }


    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Set<Place> getPlaces() {
        return Collections.unmodifiableSet(places);
    }
}
