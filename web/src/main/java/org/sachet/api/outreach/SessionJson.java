package org.sachet.api.outreach;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.sachet.outreach.OutreachSession;
import org.sachet.outreach.Participants;
import org.sachet.outreach.SessionKind;
import org.sachet.outreach.SessionReport;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session as the sync contract writes it. Reading is by hand over the JSON tree, not by binding, so that a
 * wrong type is named with its field and every field at fault is reported at once.
 */
public record SessionJson(long id, String uuid, String date, String venueCode, String kind,
                          ParticipantsJson participants, String lessonCode, List<Long> materialIds, String notes,
                          String facilitator, int localLevelCode, String recordedBy, String recordedAt,
                          String updatedAt, String correctableUntil, Long activityId, Long episodeId) {

    public record ParticipantsJson(int girlsUnder18, int boysUnder18, int womenAdult, int menAdult, int other) {
    }

    /** A field at fault: the message key and its arguments, turned into the caller's language by the resource. */
    public record Problem(String field, String key, Object... arguments) {
    }

    /** What a body gave: a report, or the problems that kept it from being one. */
    public record Reading(SessionReport report, List<Problem> problems) {
    }

    static final String[] BANDS = {"girlsUnder18", "boysUnder18", "womenAdult", "menAdult", "other"};

    private static final Pattern LESSON_CODE = Pattern.compile("lesson-(\\d{1,18})");

    public static SessionJson of(OutreachSession s) {
        Participants p = s.getParticipants();
        return new SessionJson(s.getId(), s.getUuid(), s.getHeldOn().toString(), s.getVenue().getCode(),
                s.getKind().name(), new ParticipantsJson(p.getGirlsUnder18(), p.getBoysUnder18(), p.getWomenAdult(),
                p.getMenAdult(), p.getOther()), s.getLesson() == null ? null : lessonCode(s.getLesson().getId()),
                s.getMaterialIds(), s.getNotes(), s.getFacilitator(), s.getLocalLevelCode(), s.getRecordedBy(),
                s.getRecordedAt().toString(), s.getUpdatedAt().toString(), s.correctableUntil().toString(),
                s.getActivityId(), s.getEpisodeId());
    }

    /** The code by which the sync contract names a lesson: the same as its lesson kit's. */
    public static String lessonCode(long lessonId) {
        return "lesson-" + lessonId;
    }

    /** Deeper than any session (an array of objects holding an object or a list): deeper is not a session. */
    static final int MAX_NESTING = 8;

    /** The body as JSON, or null when it is not JSON (or nested deeper than a session ever is). */
    public static JsonValue parse(String body) {
        if (!org.sachet.api.platform.JsonBodies.wellFormed(body, MAX_NESTING)) {
            return null; // the JSON reader recurses per level: a deep body would overflow its stack
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException | IllegalStateException e) { // parsing errors included
            return null;
        }
    }

    public static Reading read(String body) {
        JsonValue value = parse(body);
        return value == null ? new Reading(null, List.of(new Problem(null, "api.json.malformed"))) : read(value);
    }

    /** One session of a body (or of a batch): every field at fault, or the report. */
    public static Reading read(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new Reading(null, List.of(new Problem(null, "api.json.notAnObject")));
        }
        JsonObject json = value.asJsonObject();
        List<Problem> problems = new ArrayList<>();
        String uuid = text(json, "uuid", true, problems);
        LocalDate date = null;
        String dateText = text(json, "date", true, problems);
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("date", "api.session.date.format"));
            }
        }
        String venueCode = text(json, "venueCode", true, problems);
        SessionKind kind = null;
        String kindText = text(json, "kind", true, problems);
        if (kindText != null) {
            try {
                kind = SessionKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("kind", "api.session.kind.unknown", Arrays.toString(SessionKind.values())));
            }
        }
        int[] counts = new int[BANDS.length];
        JsonValue participants = json.get("participants");
        if (participants == null || participants.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new Problem("participants", "api.session.participants.object"));
        } else {
            for (int i = 0; i < BANDS.length; i++) {
                counts[i] = count(participants.asJsonObject(), BANDS[i], problems);
            }
        }
        Long lessonId = null;
        String lessonCode = text(json, "lessonCode", false, problems);
        if (lessonCode != null) {
            Matcher matcher = LESSON_CODE.matcher(lessonCode);
            if (matcher.matches()) {
                lessonId = Long.valueOf(matcher.group(1));
            } else {
                problems.add(new Problem("lessonCode", "session.lesson.unknown"));
            }
        }
        List<Long> materialIds = materialIds(json, problems);
        String notes = text(json, "notes", false, problems);
        String facilitator = text(json, "facilitator", false, problems);
        boolean largeConfirmed = false;
        JsonValue confirmed = json.get("largeConfirmed");
        if (confirmed != null && confirmed != JsonValue.NULL) {
            if (confirmed == JsonValue.TRUE || confirmed == JsonValue.FALSE) {
                largeConfirmed = confirmed == JsonValue.TRUE;
            } else {
                problems.add(new Problem("largeConfirmed", "api.json.boolean"));
            }
        }
        Long activityId = id(json, "activityId", problems);
        Long episodeId = id(json, "episodeId", problems);
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        return new Reading(new SessionReport(uuid, date, venueCode, kind, counts[0], counts[1], counts[2], counts[3],
                counts[4], lessonId, materialIds, notes, facilitator, largeConfirmed, activityId, episodeId),
                List.of());
    }

    /** An optional id: a positive whole number, or absent (or null). */
    private static Long id(JsonObject json, String field, List<Problem> problems) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().signum() > 0
                && number.bigIntegerValue().bitLength() <= 62) {
            return number.longValue();
        }
        problems.add(new Problem(field, "api.json.id"));
        return null;
    }

    private static String text(JsonObject json, String field, boolean required, List<Problem> problems) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problems.add(new Problem(field, "api.json.required"));
            }
            return null;
        }
        if (value instanceof JsonString string) {
            if (required && string.getString().isBlank()) {
                problems.add(new Problem(field, "api.json.required"));
                return null;
            }
            return string.getString();
        }
        problems.add(new Problem(field, "api.json.text"));
        return null;
    }

    private static int count(JsonObject participants, String band, List<Problem> problems) {
        JsonValue value = participants.get(band);
        String field = "participants." + band;
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            problems.add(new Problem(field, "api.json.wholeNumber"));
            return 0;
        }
        if (number.bigIntegerValue().signum() < 0) {
            problems.add(new Problem(field, "participants.negative"));
            return 0;
        }
        if (number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Participants.MAX_PER_BAND)) > 0) {
            problems.add(new Problem(field, "participants.tooMany", Participants.MAX_PER_BAND));
            return 0;
        }
        return number.intValue();
    }

    private static List<Long> materialIds(JsonObject json, List<Problem> problems) {
        JsonValue value = json.get("materialIds");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(new Problem("materialIds", "api.json.idList"));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral() || number.bigIntegerValue().signum() <= 0
                    || number.bigIntegerValue().bitLength() > 62) {
                problems.add(new Problem("materialIds", "api.json.idList"));
                return List.of();
            }
            ids.add(number.longValue());
        }
        return ids;
    }
}
