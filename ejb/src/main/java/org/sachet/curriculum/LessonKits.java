package org.sachet.curriculum;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.MaterialChanged;
import org.sachet.catalogue.MaterialFiles;
import org.sachet.catalogue.MaterialVersion;
import org.sachet.catalogue.VersionState;
import org.sachet.catalogue.Visibility;
import org.sachet.content.archive.ZipLayout;
import org.sachet.platform.SachetConfiguration;
import org.sachet.templates.kit.KitContents;
import org.sachet.templates.kit.KitIndex;
import org.sachet.templates.lesson.LessonPlan;
import org.sachet.templates.lesson.LessonPlanDocument;
import org.sachet.templates.pdf.PdfPrinter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lesson kits: for a lesson, a unit or a whole published edition, one ZIP with the lesson plans (Nepali and
 * English PDFs), the pinned versions of the lessons' materials, {@code manifest.json} and an {@code index.html}
 * that opens offline. A "lite" kit leaves out audio and video above {@link SachetConfiguration#kitLiteMediaBytes}.
 * Kits are laid out, not built: the ZIP is streamed from the store on each download, with the same bytes every
 * time until a material is withdrawn, which rebuilds every kit that held it at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LessonKits {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MaterialFiles files;

    @EJB
    private StoredFileChecksums checksums;

    @EJB
    private CatalogueQueries catalogue;

    /** A kit as laid out for the materials its downloader may see (a teacher's kit holds no staff material). */
    private record Audience(KitId id, Set<Visibility> open) {
    }

    private final Map<Audience, Kit> laidOut = new ConcurrentHashMap<>();
    private final Map<String, byte[]> printedPlans = new ConcurrentHashMap<>();
    private final long liteLimit = SachetConfiguration.kitLiteMediaBytes();

    /**
     * A kit of a published or superseded edition as the caller may download it: only the materials their roles
     * may see are in it (and in its lesson plans), so a kit never hands out what the catalogue would refuse.
     * Empty for an unknown kit or a draft's.
     */
    public Optional<Kit> kit(KitId id) {
        return kit(id, catalogue.openVisibilities());
    }

    private Optional<Kit> kit(KitId id, Set<Visibility> open) {
        Audience audience = new Audience(id, open);
        Kit cached = laidOut.get(audience);
        if (cached != null && cached.layout().filesIntact()) {
            return Optional.of(cached);
        }
        Optional<Kit> kit = layOut(id, audience.open());
        // a kit with a file missing is laid out again next time: the file may be restored
        kit.filter(Kit::isComplete).ifPresent(complete -> laidOut.put(audience, complete));
        return kit;
    }

    /** Every kit of every downloadable edition: the edition's bundle, each unit's and each lesson's, full and lite. */
    public List<Kit> kits() {
        List<Kit> kits = new ArrayList<>();
        Set<Visibility> open = catalogue.openVisibilities(); // the caller's, once for all their kits
        for (CurriculumEdition edition : em.createQuery("select e from CurriculumEdition e where e.state <> :draft "
                + "order by e.publishedAt desc", CurriculumEdition.class)
                .setParameter("draft", EditionState.DRAFT).getResultList()) {
            for (boolean lite : new boolean[] {false, true}) {
                kit(new KitId(KitId.Scope.EDITION, edition.getId(), lite), open).ifPresent(kits::add);
                for (CurriculumUnit unit : edition.getUnits()) {
                    kit(new KitId(KitId.Scope.UNIT, unit.getId(), lite), open).ifPresent(kits::add);
                }
                for (Lesson lesson : edition.lessons()) {
                    kit(new KitId(KitId.Scope.LESSON, lesson.getId(), lite), open).ifPresent(kits::add);
                }
            }
        }
        return kits;
    }

    public long liteLimitBytes() {
        return liteLimit;
    }

    /** A withdrawn material or a changed visibility changes the kits at once; a new edition makes new kits. */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialChanged change) {
        laidOut.clear();
        printedPlans.clear();
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished published) {
        laidOut.clear();
    }

    /** A material or an edition changed on another server sharing the database (cluster.ClusterFollower). */
    public void forgetLayouts() {
        laidOut.clear();
        printedPlans.clear();
    }

    private Optional<Kit> layOut(KitId id, Set<Visibility> open) {
        CurriculumEdition edition;
        List<Lesson> lessons;
        String titleEn;
        String titleNe;
        String folderTail;
        switch (id.scope()) {
            case LESSON -> {
                Lesson lesson = em.find(Lesson.class, id.id());
                if (lesson == null) {
                    return Optional.empty();
                }
                edition = lesson.getUnit().getEdition();
                lessons = List.of(lesson);
                int number = edition.numberOf(lesson);
                titleEn = KitIndex.lessonTitle(number, lesson.getTitleEn(), "en");
                titleNe = KitIndex.lessonTitle(number, lesson.getTitleNe(), "ne");
                folderTail = String.format("-lesson-%02d", number);
            }
            case UNIT -> {
                CurriculumUnit unit = em.find(CurriculumUnit.class, id.id());
                if (unit == null) {
                    return Optional.empty();
                }
                edition = unit.getEdition();
                lessons = unit.getLessons();
                titleEn = KitIndex.unitTitle(unit.getPosition(), unit.getTitleEn(), "en");
                titleNe = KitIndex.unitTitle(unit.getPosition(), unit.getTitleNe(), "ne");
                folderTail = "-unit-" + unit.getPosition();
            }
            default -> {
                edition = em.find(CurriculumEdition.class, id.id());
                if (edition == null) {
                    return Optional.empty();
                }
                lessons = edition.lessons();
                titleEn = KitIndex.editionTitle(edition.getCurriculum().getNameEn(), edition.getLabel(), "en");
                titleNe = KitIndex.editionTitle(edition.getCurriculum().getNameNe(), edition.getLabel(), "ne");
                folderTail = "";
            }
        }
        if (!edition.isDownloadable()) {
            return Optional.empty();
        }
        if (id.lite()) {
            titleEn = KitIndex.liteTitle(titleEn, "en");
            titleNe = KitIndex.liteTitle(titleNe, "ne");
        }
        String folder = safeName(edition.getCurriculum().getCode() + "-" + edition.getLabel() + folderTail
                + (id.lite() ? "-lite" : ""));
        return Optional.of(assemble(id, open, edition, lessons, titleEn, titleNe, folder));
    }

    private Kit assemble(KitId id, Set<Visibility> open, CurriculumEdition edition, List<Lesson> lessons,
                         String titleEn, String titleNe, String folder) {
        List<KitContents.KitLesson> kitLessons = new ArrayList<>();
        List<KitContents.Omitted> omitted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<Long, StoredMaterial> stored = new LinkedHashMap<>();
        Map<String, byte[]> plans = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            int number = edition.numberOf(lesson);
            List<KitContents.KitFile> kitFiles = new ArrayList<>();
            List<String> titlesEn = new ArrayList<>();
            List<String> titlesNe = new ArrayList<>();
            for (LessonMaterial used : lesson.getMaterials()) {
                MaterialVersion version = em.find(MaterialVersion.class, used.getPinnedVersionId());
                var material = version.getMaterial();
                if (!open.contains(material.getVisibility())) {
                    continue; // not the downloader's to see: left out unnamed, as the catalogue hides it
                }
                if (version.getState() == VersionState.WITHDRAWN) {
                    omitted.add(new KitContents.Omitted(number, material.getId(), material.getTitleEnglish(),
                            material.getTitleNepali(), KitContents.Reason.WITHDRAWN, version.getSize()));
                    continue;
                }
                titlesEn.add(material.getTitleEnglish());
                titlesNe.add(material.getTitleNepali());
                if (id.lite() && isMedia(version.getMediaType()) && version.getSize() > liteLimit) {
                    omitted.add(new KitContents.Omitted(number, material.getId(), material.getTitleEnglish(),
                            material.getTitleNepali(), KitContents.Reason.LARGE_MEDIA, version.getSize()));
                    continue;
                }
                Optional<Path> file = files.find(version.getSha256());
                if (file.isEmpty()) {
                    missing.add(material.getTitleEnglish() + " (v" + version.getNumber() + ", " + version.getFileName() + ")");
                    continue;
                }
                StoredMaterial entry = stored.computeIfAbsent(version.getId(), versionId -> new StoredMaterial(version,
                        "materials/" + material.getId() + "-" + safeFileName(version.getFileName()), file.get()));
                kitFiles.add(new KitContents.KitFile(material.getId(), version.getId(), material.getTitleEnglish(),
                        material.getTitleNepali(), entry.path(), version.getMediaType(), version.getSize(),
                        version.getSha256()));
            }
            String planNe = String.format("plans/lesson-%02d-ne.pdf", number);
            String planEn = String.format("plans/lesson-%02d-en.pdf", number);
            plans.put(planNe, plan(edition, lesson, number, "ne", titlesNe));
            plans.put(planEn, plan(edition, lesson, number, "en", titlesEn));
            kitLessons.add(new KitContents.KitLesson(number, lesson.getTitleEn(), lesson.getTitleNe(),
                    lesson.getUnit().getTitleEn(), lesson.getUnit().getTitleNe(), planNe, planEn, kitFiles));
        }
        String fileName = folder + ".zip";
        Long lessonId = id.scope() == KitId.Scope.LESSON ? id.id() : null;
        List<String> omittedTitles = omitted.stream().map(KitContents.Omitted::titleEn).distinct().toList();
        List<String> omittedTitlesNe = omitted.stream().map(KitContents.Omitted::titleNe).distinct().toList();
        if (!missing.isEmpty()) {
            return new Kit(id, edition.getId(), lessonId, titleEn, titleNe, fileName, edition.getPublishedAt(),
                    lessons.size(), omittedTitles, omittedTitlesNe, missing, null);
        }
        KitContents contents = new KitContents(id.toString(), titleEn, titleNe, edition.getCurriculum().getNameEn(),
                edition.getCurriculum().getNameNe(), edition.getLabel(), edition.getPublishedAt(), id.lite(),
                kitLessons, omitted);
        ZipLayout.Builder zip = ZipLayout.builder(edition.getPublishedAt())
                .text(folder + "/index.html", KitIndex.html(contents, liteLimit))
                .text(folder + "/manifest.json", KitIndex.manifest(contents, liteLimit));
        plans.forEach((name, pdf) -> zip.bytes(folder + "/" + name, pdf));
        for (StoredMaterial entry : stored.values()) {
            MaterialVersion version = entry.version();
            long crc = checksums.crc32(version.getId(), version.getCrc32(), entry.file());
            zip.file(folder + "/" + entry.path(), entry.file(), version.getSize(), version.getSha256(), crc);
        }
        return new Kit(id, edition.getId(), lessonId, titleEn, titleNe, fileName, edition.getPublishedAt(),
                lessons.size(), omittedTitles, omittedTitlesNe, List.of(), zip.build());
    }

    private record StoredMaterial(MaterialVersion version, String path, Path file) {
    }

    /** The lesson plan PDF, printed once per lesson, language and list of materials. */
    private byte[] plan(CurriculumEdition edition, Lesson lesson, int number, String language,
                        List<String> materialTitles) {
        String key = lesson.getId() + "|" + language + "|" + String.join("|", materialTitles);
        return printedPlans.computeIfAbsent(key, k -> {
            List<String> materials = new ArrayList<>(materialTitles);
            materials.addAll(lesson.otherMaterials(language));
            LessonPlan plan = new LessonPlan(edition.getCurriculum().name(language),
                    KitIndex.editionName(edition.getLabel(), language), lesson.getUnit().title(language), number,
                    lesson.title(language), lesson.objectives(language), lesson.getAgeGroup(), lesson.getMinutes(),
                    lesson.preparation(language), lesson.activities(language), lesson.keyMessages(language),
                    lesson.safeguarding(language), materials);
            return PdfPrinter.print(LessonPlanDocument.of(plan, language, edition.getPublishedAt()));
        });
    }

    private static boolean isMedia(String mediaType) {
        return mediaType.startsWith("audio/") || mediaType.startsWith("video/");
    }

    /** A folder name any unzip and file system takes: letters, digits and hyphens. */
    private static String safeName(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A stored file's name kept as uploaded (Nepali too), without path separators or control characters. */
    private static String safeFileName(String name) {
        String kept = name.replaceAll("[/\\\\\\p{Cntrl}]", "_").strip();
        return kept.isEmpty() || kept.equals(".") || kept.equals("..") ? "file" : kept;
    }
}
