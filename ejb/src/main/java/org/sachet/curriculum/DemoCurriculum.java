package org.sachet.curriculum;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;
import org.sachet.catalogue.DemoCatalogueLoaded;
import org.sachet.catalogue.Material;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo Sticks and Stones curriculum (from {@code demo-sticks-and-stones.json}), loaded once the demo catalogue
 * is in place because its lessons use those materials: the 2081 edition with every lesson but the last,
 * superseded by the 2082 edition with all of them, so both a current and an earlier edition are there.
 */
@Stateless
public class DemoCurriculum {

    private static final Logger LOG = Logger.getLogger(DemoCurriculum.class.getName());
    private static final String EDITOR = "editor";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<DemoCurriculumLoaded> loaded;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(@Observes DemoCatalogueLoaded catalogue) {
        JsonObject demo = read();
        JsonObject about = demo.getJsonObject("curriculum");
        Curriculum curriculum = new Curriculum(about.getString("code"), about.getString("nameEn"),
                about.getString("nameNe"));
        em.persist(curriculum);
        JsonObject editionText = demo.getJsonObject("edition");
        JsonObject earlierText = demo.getJsonObject("earlierEdition");
        Instant now = clock.instant();
        CurriculumEdition earlier = edition(curriculum, earlierText.getString("label"), earlierText,
                demo.getJsonArray("units"), true, now.minus(Duration.ofDays(400)));
        CurriculumEdition current = earlier.reviseAs(editionText.getString("label"), EDITOR,
                now.minus(Duration.ofDays(60)));
        current.describe(editionText.getString("summaryEn"), editionText.getString("summaryNe"));
        em.persist(current);
        addLessons(current, demo.getJsonArray("units"), false, true);
        publish(current, now.minus(Duration.ofDays(45)));
        earlier.supersede(now.minus(Duration.ofDays(45)));
        em.flush();
        LOG.info(() -> "Loaded the demo curriculum: " + curriculum.getNameEn() + " " + earlier.getLabel() + " and "
                + current.getLabel() + ", " + current.lessons().size() + " lessons");
        loaded.fire(new DemoCurriculumLoaded(earlier.getId(), current.getId()));
    }

    private CurriculumEdition edition(Curriculum curriculum, String label, JsonObject text, JsonArray units,
                                      boolean withoutLastLesson, Instant at) {
        CurriculumEdition edition = new CurriculumEdition(curriculum, label, text.getString("summaryEn"),
                text.getString("summaryNe"), EDITOR, at);
        em.persist(edition);
        addLessons(edition, units, true, !withoutLastLesson);
        publish(edition, at.plus(Duration.ofDays(10)));
        return edition;
    }

    /**
     * Adds the units and lessons to a new edition; for a revision (units already copied) only the lessons the
     * earlier edition lacked.
     */
    private void addLessons(CurriculumEdition edition, JsonArray units, boolean newUnits, boolean lastLesson) {
        for (int u = 0; u < units.size(); u++) {
            JsonObject unitText = units.getJsonObject(u);
            CurriculumUnit unit = newUnits
                    ? edition.addUnit(unitText.getString("titleEn"), unitText.getString("titleNe"))
                    : edition.getUnits().get(u);
            JsonArray lessons = unitText.getJsonArray("lessons");
            boolean lastUnit = u == units.size() - 1;
            for (int l = 0; l < lessons.size(); l++) {
                boolean isLast = lastUnit && l == lessons.size() - 1;
                if (newUnits ? (!isLast || lastLesson) : isLast) {
                    unit.addLesson(draft(lessons.getJsonObject(l)));
                }
            }
        }
    }

    private void publish(CurriculumEdition edition, Instant at) {
        em.flush();
        edition.publish(EDITOR, at, materialId -> em.find(Material.class, materialId).getPublishedVersion().getId());
        em.flush();
        audit.record(EDITOR, "edition.published", CurriculumService.AUDIT_TYPE, edition.getId(), "demo data");
    }

    private LessonDraft draft(JsonObject lesson) {
        List<Long> materials = strings(lesson.getJsonArray("catalogueMaterials")).stream()
                .map(this::materialTitled).toList();
        return new LessonDraft(lesson.getString("titleEn"), lesson.getString("titleNe"), lesson.getString("ageGroup"),
                lesson.getInt("minutes"), strings(lesson.getJsonArray("objectivesEn")),
                strings(lesson.getJsonArray("objectivesNe")), lesson.getString("preparationEn"),
                lesson.getString("preparationNe"), strings(lesson.getJsonArray("activitiesEn")),
                strings(lesson.getJsonArray("activitiesNe")), strings(lesson.getJsonArray("keyMessagesEn")),
                strings(lesson.getJsonArray("keyMessagesNe")), lesson.getString("safeguardingEn"),
                lesson.getString("safeguardingNe"), strings(lesson.getJsonArray("otherMaterialsEn")),
                strings(lesson.getJsonArray("otherMaterialsNe")), materials);
    }

    private long materialTitled(String englishTitle) {
        return em.createQuery("select m.id from Material m where m.titleEnglish = :t", Long.class)
                .setParameter("t", englishTitle).getSingleResult();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read() {
        try (InputStream in = DemoCurriculum.class.getResourceAsStream("demo-sticks-and-stones.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the demo curriculum is missing from the build", e);
        }
    }
}
