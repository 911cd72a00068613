package org.sachet.curriculum;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.Visibility;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curricula and their editions: editors write a draft edition (units, lessons, the materials each lesson
 * uses) and publish it as a whole; everyone signed in reads the published edition and the ones before it.
 */
@Stateless
public class CurriculumService {

    static final String AUDIT_TYPE = "CurriculumEdition";

    /** A lesson's materials go to every teacher with its kit, so they must be open to teachers. */
    private static final Set<Visibility> OPEN_TO_TEACHERS = Set.of(Visibility.PUBLIC, Visibility.TEACHERS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<EditionPublished> editionPublished;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    // --- reading ----------------------------------------------------------------------------------------

    /** The editions teachers may use: published and superseded, newest first. */
    @PermitAll
    public List<CurriculumEdition> downloadableEditions() {
        return em.createQuery("select e from CurriculumEdition e where e.state <> :draft "
                        + "order by e.curriculum.nameEn, e.publishedAt desc", CurriculumEdition.class)
                .setParameter("draft", EditionState.DRAFT).getResultList();
    }

    /** How many lessons each edition has, by edition id: what a class must cover to complete it. */
    @PermitAll
    public Map<Long, Long> lessonCountsByEdition() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select l.unit.edition.id, count(l) from Lesson l group by l.unit.edition.id", Object[].class)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Every edition, drafts too, for the editors. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public List<CurriculumEdition> allEditions() {
        return em.createQuery("select e from CurriculumEdition e order by e.curriculum.nameEn, e.createdAt desc",
                CurriculumEdition.class).getResultList();
    }

    /** An edition the caller may read: a draft only for editors and reviewers. */
    @PermitAll
    public Optional<CurriculumEdition> edition(long editionId) {
        return Optional.ofNullable(em.find(CurriculumEdition.class, editionId))
                .filter(e -> e.isDownloadable() || atWork());
    }

    @PermitAll
    public Optional<Lesson> lesson(long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId))
                .filter(l -> l.getUnit().getEdition().isDownloadable() || atWork());
    }

    @PermitAll
    public Optional<CurriculumUnit> unit(long unitId) {
        return Optional.ofNullable(em.find(CurriculumUnit.class, unitId))
                .filter(u -> u.getEdition().isDownloadable() || atWork());
    }

    @PermitAll
    public List<Curriculum> curricula() {
        return em.createQuery("select c from Curriculum c order by c.nameEn", Curriculum.class).getResultList();
    }

    /** The materials an editor may give a lesson: published and open to teachers. */
    @RolesAllowed("EDITOR")
    public List<Material> materialsForLessons() {
        return catalogue.published(OPEN_TO_TEACHERS);
    }

    // --- editors ----------------------------------------------------------------------------------------

    @RolesAllowed("EDITOR")
    public Curriculum createCurriculum(String code, String nameEn, String nameNe) {
        if (!em.createQuery("select c from Curriculum c where c.code = :code", Curriculum.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new RuleViolation("code", "curriculum.code.taken", code);
        }
        Curriculum curriculum = new Curriculum(code, nameEn, nameNe);
        em.persist(curriculum);
        return curriculum;
    }

    /** A new curriculum and its first, empty draft edition, in one step: nothing is recorded unless both are. */
    @RolesAllowed("EDITOR")
    public CurriculumEdition startCurriculum(String code, String nameEn, String nameNe, String label,
                                             String summaryEn, String summaryNe) {
        Curriculum curriculum = createCurriculum(code, nameEn, nameNe);
        em.flush();
        return startEdition(curriculum.getId(), label, summaryEn, summaryNe);
    }

    /** A first, empty draft edition of a curriculum. */
    @RolesAllowed("EDITOR")
    public CurriculumEdition startEdition(long curriculumId, String label, String summaryEn, String summaryNe) {
        Curriculum curriculum = Optional.ofNullable(em.find(Curriculum.class, curriculumId))
                .orElseThrow(() -> new RuleViolation("curriculum.unknown"));
        requireNoDraft(curriculum);
        requireNewLabel(curriculum, label);
        CurriculumEdition edition = new CurriculumEdition(curriculum, label, summaryEn, summaryNe, caller.name(),
                clock.instant());
        em.persist(edition);
        em.flush();
        audit.record(caller.name(), "edition.created", AUDIT_TYPE, edition.getId(), curriculum.getNameEn() + " " + label);
        return edition;
    }

    /**
     * A new draft edition copied from the curriculum's current (published) one, to revise. Not from a superseded
     * edition: a revision of an old text would bring back what its successor corrected.
     */
    @RolesAllowed("EDITOR")
    public CurriculumEdition revise(long editionId, String newLabel) {
        CurriculumEdition source = requireEdition(editionId);
        if (source.getState() != EditionState.PUBLISHED) {
            throw new RuleViolation("edition", "edition.revise.notCurrent", source.getLabel());
        }
        requireNoDraft(source.getCurriculum());
        requireNewLabel(source.getCurriculum(), newLabel);
        CurriculumEdition next = source.reviseAs(newLabel, caller.name(), clock.instant());
        em.persist(next);
        em.flush();
        audit.record(caller.name(), "edition.created", AUDIT_TYPE, next.getId(), "revision of " + source.getLabel());
        return next;
    }

    /**
     * Throws a draft edition away with its units and lessons (a revision started by mistake): nobody has taught
     * or downloaded a draft, so nothing else refers to it. Published and superseded editions stay for good.
     */
    @RolesAllowed("EDITOR")
    public void discardDraft(long editionId) {
        CurriculumEdition draft = requireEdition(editionId);
        if (draft.getState() != EditionState.DRAFT) {
            throw new RuleViolation("edition", "edition.discard.notDraft", draft.getLabel());
        }
        em.remove(draft);
        em.flush();
        audit.record(caller.name(), "edition.discarded", AUDIT_TYPE, editionId, draft.getLabel());
    }

    @RolesAllowed("EDITOR")
    public CurriculumEdition describe(long editionId, String summaryEn, String summaryNe) {
        CurriculumEdition edition = requireEdition(editionId);
        edition.describe(summaryEn, summaryNe);
        return edition;
    }

    @RolesAllowed("EDITOR")
    public CurriculumUnit addUnit(long editionId, String titleEn, String titleNe) {
        CurriculumUnit unit = requireEdition(editionId).addUnit(titleEn, titleNe);
        em.flush();
        return unit;
    }

    @RolesAllowed("EDITOR")
    public CurriculumUnit renameUnit(long unitId, String titleEn, String titleNe) {
        CurriculumUnit unit = requireUnit(unitId);
        unit.rename(titleEn, titleNe);
        return unit;
    }

    @RolesAllowed("EDITOR")
    public void removeUnit(long unitId) {
        CurriculumUnit unit = requireUnit(unitId);
        unit.getEdition().removeUnit(unit);
    }

    @RolesAllowed("EDITOR")
    public Lesson addLesson(long unitId, LessonDraft draft) {
        requireUsableMaterials(draft);
        Lesson lesson = requireUnit(unitId).addLesson(draft);
        em.flush();
        return lesson;
    }

    @RolesAllowed("EDITOR")
    public Lesson reviseLesson(long lessonId, LessonDraft draft) {
        requireUsableMaterials(draft);
        Lesson lesson = requireLesson(lessonId);
        lesson.revise(draft);
        return lesson;
    }

    @RolesAllowed("EDITOR")
    public void removeLesson(long lessonId) {
        Lesson lesson = requireLesson(lessonId);
        lesson.getUnit().removeLesson(lesson);
    }

    @RolesAllowed("EDITOR")
    public void moveLesson(long lessonId, int step) {
        Lesson lesson = requireLesson(lessonId);
        lesson.getUnit().moveLesson(lesson, step);
    }

    /**
     * Publishes a draft edition as a whole, pinning each lesson's materials to their published versions, and
     * supersedes the curriculum's edition before it.
     */
    @RolesAllowed("EDITOR")
    public CurriculumEdition publish(long editionId) {
        CurriculumEdition edition = requireEdition(editionId);
        List<CurriculumEdition> before = em.createQuery("select e from CurriculumEdition e "
                        + "where e.curriculum = :c and e.state = :published", CurriculumEdition.class)
                .setParameter("c", edition.getCurriculum()).setParameter("published", EditionState.PUBLISHED)
                .getResultList();
        edition.publish(caller.name(), clock.instant(), materialId -> {
            Material material = usableMaterial(materialId);
            return material.getPublishedVersion().getId();
        });
        before.forEach(previous -> {
            previous.supersede(clock.instant());
            audit.record(caller.name(), "edition.superseded", AUDIT_TYPE, previous.getId(), "by " + edition.getLabel());
        });
        audit.record(caller.name(), "edition.published", AUDIT_TYPE, edition.getId(),
                edition.getCurriculum().getNameEn() + " " + edition.getLabel() + ", " + edition.lessons().size()
                        + " lessons");
        editionPublished.fire(new EditionPublished(edition.getId()));
        return edition;
    }

    private void requireUsableMaterials(LessonDraft draft) {
        draft.materialIds().forEach(this::usableMaterial);
    }

    private Material usableMaterial(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw new RuleViolation("materials", "lesson.material.unknown", materialId);
        }
        if (!material.isPublished()) {
            throw new RuleViolation("materials", "lesson.material.notPublished", material.getTitleEnglish());
        }
        if (!OPEN_TO_TEACHERS.contains(material.getVisibility())) {
            throw new RuleViolation("materials", "lesson.material.notForTeachers", material.getTitleEnglish());
        }
        return material;
    }

    private void requireNoDraft(Curriculum curriculum) {
        boolean draftExists = !em.createQuery("select e.id from CurriculumEdition e "
                        + "where e.curriculum = :c and e.state = :draft", Long.class)
                .setParameter("c", curriculum).setParameter("draft", EditionState.DRAFT).getResultList().isEmpty();
        if (draftExists) {
            throw new RuleViolation("edition.draftExists");
        }
    }

    private void requireNewLabel(Curriculum curriculum, String label) {
        boolean taken = label != null && !em.createQuery("select e.id from CurriculumEdition e "
                        + "where e.curriculum = :c and e.label = :label", Long.class)
                .setParameter("c", curriculum).setParameter("label", label.strip()).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("label", "edition.label.taken", label.strip());
        }
    }

    private CurriculumEdition requireEdition(long editionId) {
        return Optional.ofNullable(em.find(CurriculumEdition.class, editionId))
                .orElseThrow(() -> new RuleViolation("edition.unknown"));
    }

    private CurriculumUnit requireUnit(long unitId) {
        return Optional.ofNullable(em.find(CurriculumUnit.class, unitId))
                .orElseThrow(() -> new RuleViolation("unit.unknown"));
    }

    private Lesson requireLesson(long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId))
                .orElseThrow(() -> new RuleViolation("lesson.unknown"));
    }

    private boolean atWork() {
        return session.isCallerInRole("EDITOR") || session.isCallerInRole("REVIEWER");
    }

}
