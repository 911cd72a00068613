package org.sachet.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A web sign-in that outlives the server it began on (several servers behind nginx, docs/scale-out.md): the cookie
 * names the account, its sign-in epoch, when the sign-in lapses and a random id, signed with a key every server
 * shares (HMAC-SHA256). A server that does not know the web session signs the person in again from it. It holds
 * nothing secret and is refused once changed, lapsed, ended at sign-out, or older than the account's epoch.
 */
public final class SignInCookie {

    public static final String NAME = "sachet_signin";
    private static final Pattern FORMAT = Pattern.compile("v1\\.(\\d{1,18})\\.(\\d{1,9})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    /** What a valid cookie says. */
    public record Claim(long accountId, int epoch, Instant lapsesAt, String id) {
    }

    private SignInCookie() {
    }

    /** The cookie's value for this sign-in. */
    public static String value(Claim claim, byte[] key) {
        String body = "v1." + claim.accountId() + "." + claim.epoch() + "." + claim.lapsesAt().getEpochSecond() + "."
                + claim.id();
        return body + "." + mac(body, key);
    }

    /** The sign-in a cookie's value carries, if it is well formed, signed with this key and not lapsed at {@code now}. */
    public static Optional<Claim> read(String value, byte[] key, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher parts = FORMAT.matcher(value);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String body = value.substring(0, value.lastIndexOf('.'));
        byte[] expected = mac(body, key).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(5).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant lapsesAt = Instant.ofEpochSecond(Long.parseLong(parts.group(3)));
        if (!now.isBefore(lapsesAt)) {
            return Optional.empty();
        }
        return Optional.of(new Claim(Long.parseLong(parts.group(1)), Integer.parseInt(parts.group(2)), lapsesAt,
                parts.group(4)));
    }

    /** A new random id for a sign-in (16 bytes, base64url without padding: 22 characters). */
    public static String newId(java.security.SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String mac(String body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
