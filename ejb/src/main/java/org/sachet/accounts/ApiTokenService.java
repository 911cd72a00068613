package org.sachet.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;
import org.sachet.platform.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: made and revoked by their owner on the account page, checked on every API call. */
@Stateless
@RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
public class ApiTokenService {

    /** Tokens start with this, so a leaked one is easy to recognise (e.g. by secret scanners). */
    static final String PREFIX = "sachet_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public IssuedToken issue(String label) {
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 100) {
            throw new RuleViolation("label", "token.label.invalid");
        }
        Account me = accounts.me();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(me, cleanLabel, sha256(secret), clock.instant());
        em.persist(token);
        em.flush();
        audit.record(me.getUsername(), "token.issued", "ApiToken", token.getId(), cleanLabel);
        return new IssuedToken(token.getId(), cleanLabel, secret, token.getExpiresAt());
    }

    public List<ApiToken> mine() {
        return em.createQuery("select t from ApiToken t where t.account.username = :u order by t.createdAt desc",
                ApiToken.class).setParameter("u", accounts.me().getUsername()).getResultList();
    }

    public void revoke(long tokenId) {
        ApiToken token = mine(tokenId);
        token.revoke(clock.instant());
        audit.record(token.getAccount().getUsername(), "token.revoked", "ApiToken", token.getId(), token.getLabel());
    }

    /** Another {@link ApiToken#LIFETIME} for one of the caller's tokens. */
    public ApiToken renew(long tokenId) {
        ApiToken token = mine(tokenId);
        token.renew(clock.instant());
        audit.record(token.getAccount().getUsername(), "token.renewed", "ApiToken", token.getId(), token.getLabel());
        return token;
    }

    private ApiToken mine(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccount().getUsername().equals(accounts.me().getUsername())) {
            throw new RuleViolation("token.unknown");
        }
        return token;
    }

    /** The caller a token stands for, if it is a live token of an active account. */
    @PermitAll
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(secret)).getResultStream().findFirst();
        Instant now = clock.instant();
        return token.filter(t -> t.worksAt(now) && t.getAccount().isActive()).map(t -> {
            t.markUsed(now);
            return Caller.of(t.getAccount());
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
