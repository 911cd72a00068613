package org.sachet.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal token for API clients (the offline capture app, scripts), sent as {@code Authorization: Bearer}.
 * Only its SHA-256 is stored: the token itself is shown once, when it is made.
 */
@Entity
@Table(name = "API_TOKEN")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID")
    private Account account;

    @Column(name = "LABEL", nullable = false)
    private String label;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "EXPIRES_AT")
    private Instant expiresAt;

    protected ApiToken() {
    }

    /** How long a token works after it is made or renewed: a phone in use is renewed long before. */
    public static final Duration LIFETIME = Duration.ofDays(90);

    ApiToken(Account account, String label, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.label = label;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether it still stands for its account at this moment: not revoked, not expired. */
    public boolean worksAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Another {@link #LIFETIME} from now; a revoked token stays revoked. */
    void renew(Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation("token.revoked");
        }
        expiresAt = now.plus(LIFETIME);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
