package org.sachet.api.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sachet.calendar.NepaliTime;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.AsRun;
import org.sachet.radio.AsRunReport;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.BroadcastSlot;
import org.sachet.radio.Station;
import org.sachet.radio.StationCalendar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Broadcast slots on community radio stations, what the stations ran, and a station's schedule for calendars. */
@Path("/")
@RequestScoped
public class BroadcastResource {

    static final int MAX_DAYS = 400;

    @Inject
    private BroadcastService broadcasts;

    @Context
    private UriInfo uri;

    /** A slot: times in UTC and in Nepal (ISO, local), what was paid, and what became of it. */
    public record BroadcastJson(long id, long stationId, String station, long episodeId, int episodeNumber,
                                String episodeTitle, String startsAt, String startsAtNepal, int minutes,
                                String payment, Long priceNpr, String asRun, String asRunReason, Long rescheduledToId) {

        static BroadcastJson of(BroadcastSlot b) {
            return new BroadcastJson(b.getId(), b.getStation().getId(), b.getStation().getName(),
                    b.getEpisode().getId(), b.getEpisode().getNumber(), b.getEpisode().getTitle(),
                    b.getStartsAt().toString(), LocalDateTime.ofInstant(b.getStartsAt(), NepaliTime.ZONE).toString(),
                    b.getMinutes(), b.getPayment().name(), b.getPriceNpr(), b.getAsRun().name(), b.getAsRunReason(),
                    b.getRescheduledTo() == null ? null : b.getRescheduledTo().getId());
        }
    }

    @GET
    @Path("broadcasts")
    @Produces(MediaType.APPLICATION_JSON)
    public List<BroadcastJson> list(@QueryParam("station") Long station, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        LocalDate first = day(from, NepaliTime.today(), "from");
        LocalDate last = day(to, first.plusDays(31), "to");
        if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new RuleViolation("to", "radio.broadcast.span.invalid", MAX_DAYS);
        }
        return broadcasts.broadcasts(station, start(first), start(last.plusDays(1))).stream()
                .map(BroadcastJson::of).toList();
    }

    @POST
    @Path("broadcasts/{id}/as-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public BroadcastJson asRun(@PathParam("id") long id, String body) {
        found(() -> broadcasts.broadcast(id));
        JsonObject json = object(body);
        AsRun outcome;
        try {
            outcome = AsRun.valueOf(text(json, "outcome"));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new RuleViolation("outcome", "radio.asRun.outcome.required");
        }
        Instant moved = null;
        String when = text(json, "rescheduledTo");
        if (when != null) {
            try {
                moved = LocalDateTime.parse(when).atZone(NepaliTime.ZONE).toInstant();
            } catch (DateTimeParseException bad) {
                throw new RuleViolation("rescheduledTo", "radio.asRun.rescheduledTo.invalid");
            }
        }
        return BroadcastJson.of(broadcasts.confirm(id, new AsRunReport(outcome, text(json, "reason"), moved)));
    }

    @GET
    @Path("stations/{id}/schedule.ics")
    @Produces("text/calendar")
    public Response schedule(@PathParam("id") long id) {
        Station station = found(() -> broadcasts.station(id));
        LocalDate today = NepaliTime.today();
        String feed = StationCalendar.of(station, broadcasts.broadcasts(id, start(today.minusDays(30)),
                start(today.plusDays(366))), uri.getBaseUri().getHost());
        return Response.ok(feed, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"station-" + id + ".ics\"").build();
    }

    /** What the service finds, or a 404 when it finds nothing. */
    private static <T> T found(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (RuleViolation none) {
            throw new NotFoundException();
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(NepaliTime.ZONE).toInstant();
    }

    private static LocalDate day(String text, LocalDate otherwise, String field) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            throw new RuleViolation(field, "radio.broadcast.date.invalid", text);
        }
    }

    /** An as-run report is a few short fields: anything much larger or deeper is not one (a deep body would
     *  overflow the reader's stack). */
    private static final int MAX_AS_RUN_CHARS = 16 * 1024;

    private static JsonObject object(String body) {
        if (body != null && (body.length() > MAX_AS_RUN_CHARS
                || !org.sachet.api.platform.JsonBodies.wellFormed(body, 4))) {
            throw new RuleViolation(null, "radio.asRun.body.invalid");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new RuleViolation(null, "radio.asRun.body.invalid");
            }
            return value.asJsonObject();
        } catch (JsonException unreadable) {
            throw new RuleViolation(null, "radio.asRun.body.invalid");
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() != JsonValue.ValueType.STRING ? null
                : json.getString(name);
    }
}
