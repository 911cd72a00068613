package org.sachet.outreach;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A session as someone reports it, from the form or from a phone that was offline: the client's UUID, the day,
 * the venue's code, the kind, who came by sex and age band, and optionally the lesson taught, the catalogue
 * materials used, notes and the facilitator (the reporter when absent). {@code largeConfirmed}: the person
 * confirmed an attendance above the kind's plausible figure. {@code activityId}: the activity of a youth
 * ambassadors' action plan that the session carried out, if any (its reach is then the session's).
 * {@code episodeId}: the radio drama episode a listening group heard, if it says.
 */
public record SessionReport(String uuid, LocalDate heldOn, String venueCode, SessionKind kind,
                            int girlsUnder18, int boysUnder18, int womenAdult, int menAdult, int other,
                            Long lessonId, List<Long> materialIds, String notes, String facilitator,
                            boolean largeConfirmed, Long activityId, Long episodeId) implements Serializable {

    /** A session that names no radio episode. */
    public SessionReport(String uuid, LocalDate heldOn, String venueCode, SessionKind kind, int girlsUnder18,
                         int boysUnder18, int womenAdult, int menAdult, int other, Long lessonId,
                         List<Long> materialIds, String notes, String facilitator, boolean largeConfirmed,
                         Long activityId) {
        this(uuid, heldOn, venueCode, kind, girlsUnder18, boysUnder18, womenAdult, menAdult, other, lessonId,
                materialIds, notes, facilitator, largeConfirmed, activityId, null);
    }

    /** A session that carries out no action plan's activity. */
    public SessionReport(String uuid, LocalDate heldOn, String venueCode, SessionKind kind, int girlsUnder18,
                         int boysUnder18, int womenAdult, int menAdult, int other, Long lessonId,
                         List<Long> materialIds, String notes, String facilitator, boolean largeConfirmed) {
        this(uuid, heldOn, venueCode, kind, girlsUnder18, boysUnder18, womenAdult, menAdult, other, lessonId,
                materialIds, notes, facilitator, largeConfirmed, null, null);
    }

    public SessionReport {
        materialIds = materialIds == null ? List.of() : List.copyOf(new TreeSet<>(materialIds));
        uuid = uuid == null ? null : uuid.strip().toLowerCase(Locale.ROOT);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        venueCode = venueCode == null ? null : venueCode.strip().toUpperCase(Locale.ROOT);
        facilitator = facilitator == null || facilitator.isBlank() ? null : facilitator.strip().toLowerCase(Locale.ROOT);
    }

    public Participants participants() {
        return new Participants(girlsUnder18, boysUnder18, womenAdult, menAdult, other);
    }

    /**
     * What the report says, as a SHA-256 over its fields in a fixed order: a repeat of the same UUID is the same
     * report exactly when the digests match (the confirmation of a large figure is not part of what it says).
     * The activity and the episode are part of it only when there is one, so that the digests of sessions stored
     * before they existed stay as they were.
     */
    public String digest(String facilitatorUsername) {
        String canonical = String.join("\u001f", uuid, String.valueOf(heldOn), venueCode, String.valueOf(kind),
                girlsUnder18 + "," + boysUnder18 + "," + womenAdult + "," + menAdult + "," + other,
                String.valueOf(lessonId), materialIds.toString(), String.valueOf(notes), facilitatorUsername)
                + (activityId == null ? "" : "\u001factivity " + activityId)
                + (episodeId == null ? "" : "\u001fepisode " + episodeId);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
