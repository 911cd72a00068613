package org.sachet.api.outreach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sachet.api.platform.RuleViolationMapper;
import org.sachet.http.ApiError;
import org.sachet.http.Messages;
import org.sachet.outreach.OutreachSessions;
import org.sachet.outreach.SessionReport;
import org.sachet.outreach.SyncResult;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sync contract for outreach sessions: phones that were offline send what they logged, each session with
 * the UUID the phone gave it, and may send it again until they see an answer; it is stored once.
 */
@Path("/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    private OutreachSessions sessions;

    @Inject
    private org.sachet.radio.ListeningEpisodes listening;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(String body) {
        JsonValue json = SessionJson.parse(body);
        if (json != null && json.getValueType() == JsonValue.ValueType.ARRAY) {
            return reportAll(json.asJsonArray());
        }
        SessionJson.Reading reading = json == null ? SessionJson.read(body) : SessionJson.read(json);
        if (!reading.problems().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(invalid(reading, locale())).build();
        }
        SyncResult result = sessions.report(reading.report());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(SessionJson.of(result.session())).build();
    }

    /** One session's answer in a batch: the status it would have had alone, and the record or the error. */
    public record BatchItemJson(String uuid, int status, SessionJson session, ApiError error) {
    }

    /**
     * A batch (a JSON array of sessions, at most {@link OutreachSessions#MAX_BATCH}): stored in one transaction,
     * each session answered as alone, in order; one refused leaves the others stored.
     */
    private Response reportAll(JsonArray batch) {
        Locale locale = locale();
        if (batch.size() > OutreachSessions.MAX_BATCH) {
            throw new RuleViolation(null, "session.batch.tooMany", OutreachSessions.MAX_BATCH);
        }
        BatchItemJson[] answers = new BatchItemJson[batch.size()];
        List<SessionReport> readable = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            SessionJson.Reading reading = SessionJson.read(batch.get(i));
            if (reading.problems().isEmpty()) {
                readable.add(reading.report());
                positions.add(i);
            } else {
                answers[i] = new BatchItemJson(uuidOf(batch.get(i)), 400, null, invalid(reading, locale));
            }
        }
        List<OutreachSessions.BatchOutcome> outcomes = readable.isEmpty() ? List.of() : sessions.reportAll(readable);
        for (int k = 0; k < outcomes.size(); k++) {
            OutreachSessions.BatchOutcome outcome = outcomes.get(k);
            String uuid = readable.get(k).uuid();
            answers[positions.get(k)] = outcome.stored() != null
                    ? new BatchItemJson(uuid, outcome.stored().created() ? 201 : 200,
                    SessionJson.of(outcome.stored().session()), null)
                    : new BatchItemJson(uuid, RuleViolationMapper.statusOf(outcome.refused()), null,
                    RuleViolationMapper.errorOf(outcome.refused(), locale));
        }
        return Response.ok(List.of(answers)).build();
    }

    private static ApiError invalid(SessionJson.Reading reading, Locale locale) {
        List<ApiError.FieldError> fields = reading.problems().stream()
                .map(p -> new ApiError.FieldError(p.field(), Messages.get(locale, p.key(), p.arguments()))).toList();
        String code = reading.problems().get(0).field() == null ? reading.problems().get(0).key() : "api.invalid";
        return new ApiError(code, Messages.get(locale, code), fields);
    }

    private static String uuidOf(JsonValue item) {
        return item.getValueType() == JsonValue.ValueType.OBJECT
                && item.asJsonObject().get("uuid") instanceof JsonString uuid ? uuid.getString() : null;
    }

    @GET
    public Response mine(@QueryParam("since") String since) {
        Instant from = Instant.EPOCH;
        if (since != null && !since.isBlank()) {
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                Locale locale = locale();
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError("api.invalid", Messages.get(locale, "api.invalid"), List.of(
                                new ApiError.FieldError("since", Messages.get(locale, "api.session.since.format")))))
                        .build();
            }
        }
        return Response.ok(sessions.mineChangedSince(from).stream().map(SessionJson::of).toList()).build();
    }

    /** A kind of session and the attendance above which the person logging must confirm the figure. */
    public record KindJson(String kind, int plausibleAttendance) {
    }

    @GET
    @Path("/kinds")
    public List<KindJson> kinds() {
        return java.util.Arrays.stream(org.sachet.outreach.SessionKind.values())
                .map(k -> new KindJson(k.name(), k.plausibleAttendance())).toList();
    }

    /** An action plan's activity a session may carry out, as a phone offers it beside the venue's local level. */
    public record ActivityJson(long id, String title, String planTitleEnglish, String planTitleNepali, String dueOn,
                               int localLevelCode) {
    }

    @GET
    @Path("/activities")
    public List<ActivityJson> activities() {
        return sessions.openActivities().stream().map(a -> new ActivityJson(a.id(), a.title(),
                a.planTitleEnglish(), a.planTitleNepali(), a.dueOn().toString(), a.localLevelCode())).toList();
    }

    /** A radio episode a listening group may say it heard. */
    public record EpisodeJson(long id, String seriesEnglish, String seriesNepali, int number, String title) {
    }

    @GET
    @Path("/episodes")
    public List<EpisodeJson> episodes() {
        return listening.episodes().stream().map(e -> new EpisodeJson(e.id(), e.seriesEnglish(), e.seriesNepali(),
                e.number(), e.title())).toList();
    }

    private Locale locale() {
        return Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
