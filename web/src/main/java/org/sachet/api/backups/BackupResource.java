package org.sachet.api.backups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sachet.backups.BackupStatus;
import org.sachet.backups.Backups;
import org.sachet.backups.OperatorKey;
import org.sachet.http.ApiError;
import org.sachet.http.ClientAddress;
import org.sachet.http.Messages;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Backups, started by {@code ./sachet backup} on the server's own machine: the caller shows the operator key
 * from the data folder and calls from loopback. A backup writes into a folder of that machine, so no
 * account, however privileged, may start one from the network.
 */
@Path("/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    static final String KEY_HEADER = "X-Sachet-Operator-Key";

    public record BackupRequest(String folder) {
    }

    public record BackupJson(String name, String state, String folder, String startedAt, String finishedAt,
                             long bytesDone, long bytesTotal, long storedFiles, String problem) {
    }

    @Inject
    private Backups backups;

    @Inject
    private OperatorKey operatorKey;

    @Context
    private HttpServletRequest http;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(BackupRequest request) {
        if (!operator()) {
            return refused();
        }
        String folder = request == null ? null : request.folder();
        BackupStatus started = backups.start(folder == null ? null : java.nio.file.Path.of(folder), "operator");
        return Response.accepted(json(started))
                .location(uri.getAbsolutePathBuilder().path(started.name()).build()).build();
    }

    @GET
    @Path("/{name}")
    public Response status(@PathParam("name") String name) {
        if (!operator()) {
            return refused();
        }
        return backups.status(name).map(s -> Response.ok(json(s)))
                .orElse(Response.status(Response.Status.NOT_FOUND)
                        .entity(ApiError.of("backup.unknown", Messages.get(locale(), "backup.unknown", name)))).build();
    }

    private boolean operator() {
        // through a trusted reverse proxy, the client's own address: a proxy on this machine is no operator
        return loopback(ClientAddress.of(http)) && operatorKey.matches(http.getHeader(KEY_HEADER));
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Response refused() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("backup.operatorOnly", Messages.get(locale(), "backup.operatorOnly"))).build();
    }

    private BackupJson json(BackupStatus s) {
        String problem = s.problem().map(key -> Messages.get(locale(), key, s.problemArguments())).orElse(null);
        return new BackupJson(s.name(), s.state().name(), s.folder(), s.startedAt().toString(),
                s.finishedAt() == null ? null : s.finishedAt().toString(), s.bytesDone(), s.bytesTotal(),
                s.files(), problem);
    }

    private Locale locale() {
        return Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
