package org.sachet.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.sachet.content.demo.DemoFiles;
import org.sachet.platform.Installation;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.pdf.PrintDocument;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo catalogue of a new installation (when {@code SACHET_DEMO} is on): a dozen materials in English and
 * Nepali, made as files by the application's own code and taken through the real workflow — stored, read by
 * Tika, scanned, reviewed — so most are published, one waits in review with a safeguarding finding, one is a
 * draft and one was withdrawn.
 */
@Singleton
@Startup
@DependsOn({"ApplicationStartup", "ExtractionQueue", "CatalogueSearch"})
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    /** Where a demo material ends in the workflow. */
    public enum Outcome { PUBLISHED, IN_REVIEW, DRAFT, WITHDRAWN }

    private record Demo(MaterialDraft draft, String fileName, byte[] content, Outcome outcome) {
    }

    @jakarta.inject.Inject
    private Installation installation;

    @EJB
    private ExtractionQueue extraction;

    @EJB
    private DemoCatalogueSteps steps;

    @Inject
    private FileIntake intake;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Event<DemoCatalogueLoaded> catalogueLoaded;

    @PostConstruct
    void start() {
        if (installation.isNewWithDemoData()) {
            // in the background, outside the start-up transaction: each step commits before the next reads it
            executor.submit(this::load);
        }
    }

    private void load() {
        try {
            loadAll();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Loading the demo catalogue failed", e);
        }
    }

    private void loadAll() {
        for (Demo demo : demos()) {
            ReceivedFile file = intake.receive(new ByteArrayInputStream(demo.content()), demo.fileName(),
                    demo.content().length);
            long versionId = steps.create(demo.draft(), file);
            extraction.readNow(versionId);
            steps.finish(versionId, demo.outcome());
        }
        LOG.info("Loaded the demo catalogue");
        catalogueLoaded.fire(new DemoCatalogueLoaded());
    }

    private static MaterialDraft draft(String english, String nepali, String summary, MaterialType type,
                                       Visibility visibility, Set<Topic> topics, Set<Audience> audiences,
                                       Set<MaterialLanguage> languages) {
        return new MaterialDraft(english, nepali, summary, type, visibility, topics, audiences, languages);
    }

    private static List<Demo> demos() {
        Set<MaterialLanguage> ne = Set.of(MaterialLanguage.NEPALI);
        Set<MaterialLanguage> en = Set.of(MaterialLanguage.ENGLISH);
        Set<MaterialLanguage> both = Set.of(MaterialLanguage.NEPALI, MaterialLanguage.ENGLISH);
        return List.of(
                new Demo(draft("Ask before you go: safe migration poster", "विदेश जानुअघि सोध्नुहोस्: सुरक्षित आप्रवासन पोस्टर",
                        "A poster for ward offices and bus parks: check the agency, the contract and the visa before going abroad for work.",
                        MaterialType.POSTER, Visibility.PUBLIC, Set.of(Topic.SAFE_MIGRATION, Topic.FOREIGN_EMPLOYMENT),
                        Set.of(Audience.COMMUNITY, Audience.PARENTS), ne),
                        "safe-migration-poster.png", DemoFiles.png(600, 850, 1), Outcome.PUBLISHED),
                new Demo(draft("Sticks and Stones: facilitator's manual", "स्टिक्स एन्ड स्टोन्स: सहजकर्ता पुस्तिका",
                        "How to run the child self-protection sessions: recognising risks, safe and unsafe touch, trusted adults and where to get help.",
                        MaterialType.MANUAL, Visibility.TEACHERS, Set.of(Topic.CHILD_PROTECTION, Topic.CHILD_TRAFFICKING),
                        Set.of(Audience.TEACHERS), en),
                        "sticks-and-stones-manual.pdf", printed("Sticks and Stones facilitator's manual", "Programme team", List.of(
                                "Sticks and Stones: a child self-protection package",
                                "",
                                "Session 1. Recognising risks. Children name places and people that make them feel safe or unsafe.",
                                "Session 2. Safe and unsafe touch. Children practise saying no, getting away and telling.",
                                "Session 3. Trusted adults. Each child names three adults they can tell, at home and at school.",
                                "Session 4. Safe migration. Why some people who promise jobs abroad are traffickers.",
                                "Session 5. Online safety. Strangers online, photos, and asking for help.",
                                "Session 6. Where to get help: the child helpline 1098, the police 100, the teacher.",
                                "Facilitator's note: never ask a child to tell their own story in front of the class.")),
                        Outcome.PUBLISHED),
                new Demo(draft("Trusted adults worksheet", "विश्वासिला वयस्क अभ्यास पाना",
                        "A worksheet for grades 4 to 6: children draw their hand and write a trusted adult on each finger.",
                        MaterialType.WORKSHEET, Visibility.TEACHERS, Set.of(Topic.CHILD_PROTECTION), Set.of(Audience.CHILDREN), ne),
                        "विश्वासिला-वयस्क.docx", DemoFiles.docx("विश्वासिला वयस्क", "कार्यक्रम टोली", List.of(
                                "आफ्नो हातको चित्र कोर्नुहोस्।",
                                "हरेक औंलामा एक जना विश्वासिलो वयस्कको नाम लेख्नुहोस्: घरमा, विद्यालयमा र समुदायमा।",
                                "कसैले असुरक्षित स्पर्श गरेमा वा डर लागेमा यी मध्ये कसैलाई भन्नुहोस्।",
                                "बालबालिकाहरूको सुरक्षाका लागि बाल हेल्पलाइन १०९८ मा फोन गर्न सकिन्छ।")),
                        Outcome.PUBLISHED),
                new Demo(draft("Online safety for adolescents", "किशोरकिशोरीका लागि अनलाइन सुरक्षा",
                        "A leaflet on fake job offers and fake friends on social media, and how to check before meeting anyone.",
                        MaterialType.LEAFLET, Visibility.PUBLIC, Set.of(Topic.ONLINE_SAFETY, Topic.SEXUAL_EXPLOITATION),
                        Set.of(Audience.ADOLESCENTS), en),
                        "online-safety-leaflet.pdf", printed("Online safety for adolescents", "Programme team", List.of(
                                "Online safety for adolescents",
                                "A new friend online who quickly offers a job, money or marriage may be a trafficker.",
                                "Never send photos you would not show your family. Never meet alone.",
                                "Check a job offer with your parents, your teacher or the ward office first.",
                                "If something online frightens you, tell a trusted adult. You are not to blame.")),
                        Outcome.PUBLISHED),
                new Demo(draft("Before going for foreign employment", "वैदेशिक रोजगारमा जानुअघि",
                        "A checklist in Nepali for people planning to work abroad: licensed agencies, contracts, insurance, orientation.",
                        MaterialType.LEAFLET, Visibility.PUBLIC, Set.of(Topic.FOREIGN_EMPLOYMENT, Topic.SAFE_MIGRATION, Topic.FORCED_LABOUR),
                        Set.of(Audience.COMMUNITY), ne),
                        "वैदेशिक-रोजगार-जाँचसूची.pdf", PdfPrinter.print(PrintDocument.builder("वैदेशिक रोजगारमा जानुअघि",
                                "कार्यक्रम टोली", Instant.parse("2026-01-15T00:00:00Z"))
                                .paragraph("विदेश जानुअघि यी कुरा जाँच गर्नुहोस्। शंका लागेमा वडा कार्यालय वा सुरक्षित आप्रवासन केन्द्रमा सोध्नुहोस्।")
                                .bullets(List.of(
                                        "इजाजतपत्र प्राप्त म्यानपावर कम्पनी मात्र रोज्नुहोस्।",
                                        "सम्झौता पत्र आफ्नै भाषामा पढ्नुहोस् र त्यसको प्रतिलिपि परिवारलाई दिनुहोस्।",
                                        "राहदानी आफैंसँग राख्नुहोस्; कसैलाई नदिनुहोस्।",
                                        "अभिमुखीकरण तालिम लिनुहोस् र बीमा गर्नुहोस्।",
                                        "मानव बेचबिखन वा जबरजस्ती श्रमको शंका लागेमा प्रहरी १०० मा खबर गर्नुहोस्।"))
                                .build()),
                        Outcome.PUBLISHED),
                new Demo(draft("Radio drama 'Saathi', episode 1", "रेडियो नाटक 'साथी', भाग १",
                        "The first episode of the community radio drama: Sunita's cousin promises her a job in the city.",
                        MaterialType.RADIO_RECORDING, Visibility.PUBLIC, Set.of(Topic.CHILD_TRAFFICKING, Topic.GENDER_NORMS),
                        Set.of(Audience.ADOLESCENTS, Audience.COMMUNITY), ne),
                        // 6.4 MB: above the lite kits' 5 MB, so the demo's lite kit shows what it leaves out
                        "saathi-episode-1.wav", DemoFiles.wav(400), Outcome.PUBLISHED),
                new Demo(draft("Gender norms discussion guide", "लैङ्गिक मान्यता छलफल निर्देशिका",
                        "Questions for young women's groups and youth clubs on how expectations of girls and boys make trafficking easier.",
                        MaterialType.MANUAL, Visibility.FACILITATORS, Set.of(Topic.GENDER_NORMS), Set.of(Audience.ADOLESCENTS, Audience.COMMUNITY), en),
                        "gender-norms-guide.docx", DemoFiles.docx("Gender norms discussion guide", "Programme team", List.of(
                                "Who decides whether a girl continues school? Who decides whether a boy goes abroad?",
                                "What do people say about a girl who comes back from the city?",
                                "How can the group support a family that is offered money for a daughter's job?")),
                        Outcome.PUBLISHED),
                new Demo(draft("Say no to child marriage: sticker", "बाल विवाहलाई होइन भनौं: स्टिकर",
                        "A round sticker design for school bags and doors.",
                        MaterialType.STICKER, Visibility.PUBLIC, Set.of(Topic.CHILD_MARRIAGE), Set.of(Audience.CHILDREN, Audience.ADOLESCENTS), both),
                        "child-marriage-sticker.png", DemoFiles.png(400, 400, 2), Outcome.PUBLISHED),
                new Demo(draft("Parents' group session plan", "अभिभावक समूह सत्र योजना",
                        "A two-hour session plan for parents' groups: intergenerational dialogue on migration and safety.",
                        MaterialType.MANUAL, Visibility.FACILITATORS, Set.of(Topic.SAFE_MIGRATION, Topic.CHILD_PROTECTION),
                        Set.of(Audience.PARENTS), en),
                        "parents-group-session.pdf", printed("Parents' group session plan", "Programme team", List.of(
                                "Parents' group session plan (2 hours)",
                                "1. Welcome and a story from the radio drama (20 minutes).",
                                "2. Dialogue: what our parents told us about going away, what we tell our children (40 minutes).",
                                "3. Safe migration checklist in small groups (40 minutes).",
                                "4. Agreements: one thing each family will do this month (20 minutes).")),
                        Outcome.PUBLISHED),
                new Demo(draft("Story-telling kit: Maya's journey", "कथा सामग्री: मायाको यात्रा",
                        "Picture cards and a script in Nepali about a girl who is offered work in a carpet factory.",
                        MaterialType.STORYTELLING_KIT, Visibility.TEACHERS, Set.of(Topic.CHILD_TRAFFICKING, Topic.FORCED_LABOUR),
                        Set.of(Audience.CHILDREN), ne),
                        "मायाको-यात्रा.docx", DemoFiles.docx("मायाको यात्रा", "कार्यक्रम टोली", List.of(
                                "माया बाह्र वर्षकी छिन्। एक दिन गाउँमा एक जना मान्छे आए र सहरको कार्पेट कारखानामा काम दिने कुरा गरे।",
                                "मायाकी आमाले उनको फोन नम्बर ९८४१२३४५६७ टिपेर राखिन्।",
                                "मायाले आफ्नी शिक्षिकालाई सोधिन्। शिक्षिकाले वडा कार्यालयमा बुझ्न भनिन्।")),
                        Outcome.IN_REVIEW),
                new Demo(draft("Survivor support referral card", "प्रभावितलाई सहयोग: प्रेषण कार्ड",
                        "A pocket card for facilitators listing the services a survivor can be referred to.",
                        MaterialType.LEAFLET, Visibility.STAFF, Set.of(Topic.SURVIVOR_SUPPORT), Set.of(Audience.DUTY_BEARERS), en),
                        "referral-card.pdf", printed("Survivor support referral card", "Programme team", List.of(
                                "Referral: police 100, child helpline 1098, women's helpline 1145.",
                                "Shelter, legal aid and health services in the district: ask the coordinator.")),
                        Outcome.DRAFT),
                new Demo(draft("Forced labour: recognising the signs (2079 edition)", "जबरजस्ती श्रम: संकेत पहिचान (२०७९ संस्करण)",
                        "Signs that a worker is not free: kept documents, debts that grow, no wages, no way out.",
                        MaterialType.LEAFLET, Visibility.PUBLIC, Set.of(Topic.FORCED_LABOUR), Set.of(Audience.COMMUNITY), en),
                        "forced-labour-signs.pdf", printed("Forced labour: recognising the signs", "Programme team", List.of(
                                "Forced labour: recognising the signs",
                                "The employer keeps the passport. The debt grows every month. Wages are not paid.")),
                        Outcome.WITHDRAWN));
    }

    /**
     * A demo PDF of English lines, printed as Sachet prints (fonts embedded): a hand-made PDF naming Helvetica
     * leaves the font to the reader's machine, which PDF/A and many phones' viewers do not have (issue 18).
     */
    static byte[] printed(String title, String author, List<String> lines) {
        PrintDocument.Builder document = PrintDocument.builder(title, author, Instant.parse("2026-01-15T00:00:00Z"))
                .titleNotShown();
        lines.stream().filter(line -> !line.isBlank()).forEach(document::paragraph);
        return PdfPrinter.print(document.build());
    }
}
