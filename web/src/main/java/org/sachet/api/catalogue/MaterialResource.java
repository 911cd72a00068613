package org.sachet.api.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
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
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.FacetValues;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.CatalogueSearch;
import org.sachet.catalogue.MaterialDraft;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialType;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.catalogue.MaterialVersion;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.Visibility;
import org.sachet.content.search.Facet;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The materials catalogue for scripts and other systems: upload (editors), read and download (anyone, as
 * far as each material's visibility allows; anonymous callers see public materials).
 */
@Path("/materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private MaterialUploads uploads;

    @Inject
    private CatalogueSearch search;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload() throws IOException {
        // an announced size over the limit never gets here: RequestBodyGate answers 413 first;
        // who may upload is settled before the body is parsed
        if (request.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Sachet\"");
        }
        if (!request.isUserInRole("EDITOR")) {
            throw new ForbiddenException();
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // form fields without a charset (curl -F) are UTF-8, not Latin-1
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (ServletException | IllegalStateException | IOException e) {
            throw new RuleViolation("file", "api.materials.notMultipart");
        }
        if (file == null) {
            throw new RuleViolation("file", "api.materials.fileMissing");
        }
        MaterialDraft draft = field("titleEnglish") == null && field("titleNepali") == null ? null : draft();
        MaterialVersion version;
        try (InputStream content = file.getInputStream()) {
            version = uploads.upload(content, file.getSubmittedFileName(), file.getSize(), draft);
        } finally {
            file.delete();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(version.getMaterial().getId())).build())
                .entity(MaterialJson.uploaded(version)).build();
    }

    @GET
    public SearchJson search(@QueryParam("q") String q,
                             @QueryParam("type") String type, @QueryParam("topic") String topic,
                             @QueryParam("audience") String audience, @QueryParam("language") String language,
                             @QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("20") int limit) {
        if (offset < 0 || offset > 10_000) {
            throw new RuleViolation("offset", "api.materials.badOffset");
        }
        if (limit < 1 || limit > 100) {
            throw new RuleViolation("limit", "api.materials.badLimit");
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        putFilter(filters, Facet.TYPE, "type", type);
        putFilter(filters, Facet.TOPIC, "topic", topic);
        putFilter(filters, Facet.AUDIENCE, "audience", audience);
        putFilter(filters, Facet.LANGUAGE, "language", language);
        CatalogueSearch.Page page = search.search(q, filters, offset, limit);
        Map<Long, String> snippets = new HashMap<>();
        page.result().hits().forEach(h -> snippets.put(h.id(), h.snippet()));
        List<SearchJson.Hit> items = page.materials().stream()
                .map(m -> new SearchJson.Hit(MaterialJson.of(m), snippets.get(m.getId()))).toList();
        Map<String, List<SearchJson.Count>> facets = new TreeMap<>();
        page.result().facets().forEach((facet, counts) -> facets.put(facet.name().toLowerCase(java.util.Locale.ROOT),
                counts.stream().map(c -> new SearchJson.Count(c.value(), c.count())).toList()));
        return new SearchJson(page.total(), offset, limit, items, facets);
    }

    private static void putFilter(Map<Facet, Set<String>> filters, Facet facet, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Set<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> FacetValues.canonical(facet, v)
                        .orElseThrow(() -> new RuleViolation(name, "api.materials.unknownValue", v)))
                .collect(Collectors.toSet());
        filters.put(facet, values);
    }

    @GET
    @Path("/{id}/versions/latest")
    public MaterialJson.FileJson latestVersion(@PathParam("id") long id) {
        return catalogue.versions(id).stream().findFirst().map(v -> MaterialJson.FileJson.of(v, null))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/{id}")
    public MaterialJson material(@PathParam("id") long id) {
        return catalogue.findVisible(id).map(MaterialJson::of).orElseThrow(NotFoundException::new);
    }

    private MaterialDraft draft() {
        return new MaterialDraft(field("titleEnglish"), field("titleNepali"), field("summary"),
                one("type", MaterialType::valueOf), one("visibility", Visibility::valueOf),
                many("topics", Topic::valueOf), many("audiences", Audience::valueOf),
                many("languages", MaterialLanguage::of));
    }

    private String field(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private <T> T one(String name, Function<String, T> parse) {
        String value = field(name);
        try {
            return value == null ? null : parse.apply(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(name, "api.materials.unknownValue", value);
        }
    }

    private <T> Set<T> many(String name, Function<String, T> parse) {
        String value = field(name);
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> {
                    try {
                        return parse.apply(s.toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new RuleViolation(name, "api.materials.unknownValue", s);
                    }
                }).collect(Collectors.toSet());
    }
}
