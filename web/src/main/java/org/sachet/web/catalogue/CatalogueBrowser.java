package org.sachet.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueSearch;
import org.sachet.catalogue.FacetValues;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.content.search.Facet;
import org.sachet.content.search.MaterialQuery;
import org.sachet.content.search.SearchResult;
import org.sachet.web.i18n.Feedback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue as everyone finds materials: full-text search in English and Nepali, facets to narrow by type,
 * topic, audience and language, and a page of results at a time. The search lives in the address (q, type, topic,
 * audience, language, page): a plain form that sends a GET, so a search can be bookmarked, shared and gone back to,
 * and the page needs no script and no PrimeFaces (74 KB a visit on a phone's link before, issue 18).
 */
@Named
@RequestScoped
public class CatalogueBrowser {

    static final int PAGE_SIZE = 12;
    /** The longest search text taken; the field says so too. */
    static final int MAX_TEXT = 500;
    /** Pages deeper than the index answers are not offered: narrow the search instead. */
    static final int MAX_PAGE = MaterialQuery.MAX_OFFSET / PAGE_SIZE + 1;

    private static final Map<Facet, String> PARAMETERS = Map.of(Facet.TYPE, "type", Facet.TOPIC, "topic",
            Facet.AUDIENCE, "audience", Facet.LANGUAGE, "language");

    @Inject
    private CatalogueSearch search;

    private String q;
    private final Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
    private int page = 1;
    private CatalogueSearch.Page found;

    /** Reads the search from the address: what is not understood is left out, never an error page. */
    public void open() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        String text = request.getRequestParameterMap().get("q");
        q = text == null || text.isBlank() ? null : text.strip();
        if (q != null && q.length() > MAX_TEXT) {
            q = q.substring(0, MAX_TEXT);
        }
        Map<String, String[]> values = request.getRequestParameterValuesMap();
        PARAMETERS.forEach((facet, name) -> {
            String[] given = values.get(name);
            if (given != null) {
                Set<String> kept = new LinkedHashSet<>();
                for (String value : given) {
                    // as the index holds it, or left out: at most every value the facet has
                    FacetValues.canonical(facet, value).ifPresent(kept::add);
                }
                if (!kept.isEmpty()) {
                    chosen.put(facet, kept);
                }
            }
        });
        String number = request.getRequestParameterMap().get("page");
        page = number != null && number.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(number)) : 1;
        page = Math.min(page, MAX_PAGE);
    }

    private CatalogueSearch.Page found() {
        if (found == null) {
            found = search.search(q, Map.copyOf(chosen), (page - 1) * PAGE_SIZE, PAGE_SIZE);
            if (found.materials().isEmpty() && page > 1 && found.total() > 0) {
                page = getPages(); // past the last page (an old link, fewer results now): show the last one
                found = search.search(q, Map.copyOf(chosen), (page - 1) * PAGE_SIZE, PAGE_SIZE);
            }
        }
        return found;
    }

    public List<Material> getMaterials() {
        return found().materials();
    }

    public String snippet(Material material) {
        return found().result().hits().stream().filter(h -> h.id() == material.getId()).findFirst()
                .map(SearchResult.Hit::snippet).orElse(null);
    }

    public List<SearchResult.FacetCount> counts(String facet) {
        return found().result().facets().getOrDefault(Facet.valueOf(facet), List.of());
    }

    public boolean chosen(String facet, String value) {
        return chosen.getOrDefault(Facet.valueOf(facet), Set.of()).contains(value);
    }

    /** The label of a facet value in the visitor's language. */
    public String label(String facet, String value) {
        return switch (Facet.valueOf(facet)) {
            case TYPE -> Feedback.text("materialType." + value);
            case TOPIC -> Feedback.text("topic." + value);
            case AUDIENCE -> Feedback.text("audience." + value);
            case LANGUAGE -> Feedback.text("language." + MaterialLanguage.of(value).name());
        };
    }

    public String parameter(String facet) {
        return PARAMETERS.get(Facet.valueOf(facet));
    }

    public long getTotal() {
        return found().total();
    }

    public int getPage() {
        found();
        return page;
    }

    public int getPages() {
        long total = found().total();
        return (int) Math.max(1, Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        List<String> parts = new ArrayList<>();
        if (q != null) {
            parts.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        chosen.forEach((facet, values) -> values.forEach(v -> parts.add(PARAMETERS.get(facet) + "=" + v)));
        if (number > 1) {
            parts.add("page=" + number);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public boolean isNarrowed() {
        return q != null || !chosen.isEmpty();
    }

    public String getQ() {
        return q;
    }

    public int getMaxText() {
        return MAX_TEXT;
    }
}
