package org.sachet.radio;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.DemoCatalogueLoaded;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.calendar.NepaliTime;
import org.sachet.catalogue.Topic;
import org.sachet.geography.GeographyService;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static org.sachet.geography.DemoDistricts.BANKE;
import static org.sachet.geography.DemoDistricts.MAKWANPUR;
import static org.sachet.geography.DemoDistricts.SUNSARI;

/**
 * The demo's radio serial, after the case study's dramas on community radio: a Nepali series with its key
 * messages, four recurring characters and twelve episode outlines, two approved scripts, a recording, and a
 * quarter of broadcasts on three community stations in the programme's districts.
 */
@Stateless
public class DemoRadio {

    private static final Logger LOG = Logger.getLogger(DemoRadio.class.getName());

    /** Episode outlines: title, synopsis, the key messages carried. */
    private static final List<Object[]> EPISODES = List.of(
            new Object[]{"सहरको सपना", "मायाकी दिदी सीतालाई सहरमा राम्रो काम दिलाउने भन्दै एक जना मानिस गाउँ आउँछ।", Set.of(1)},
            new Object[]{"कागज कहाँ छ?", "बुवा रामले प्रस्ताव वडा कार्यालयमा जाँच्न खोज्छन्; मानिसले कागज देखाउन मान्दैन।", Set.of(1, 2)},
            new Object[]{"आमाको चिन्ता", "आमा र मायाबीच विदेश जाने कुरामा पुस्तान्तर संवाद।", Set.of(2)},
            new Object[]{"स्कुलको घण्टी", "शिक्षिकाले कक्षामा सुरक्षित र असुरक्षित स्पर्शबारे छलफल गराउँछिन्।", Set.of(3)},
            new Object[]{"मोबाइलमा सन्देश", "अनलाइनमा चिनेको साथीले मायालाई भेट्न बोलाउँछ।", Set.of(3, 4)},
            new Object[]{"सीताको फोन", "सहर पुगेकी सीताको फोन बन्द हुन्छ; परिवार आत्तिन्छ।", Set.of(4)},
            new Object[]{"वडाध्यक्षको ढोका", "राम वडाध्यक्षकहाँ जान्छन्; सहायता कक्षको नम्बर पाउँछन्।", Set.of(2, 4)},
            new Object[]{"बाटोमा भेट", "मायाले बसपार्कमा शंकास्पद मानिस चिन्छे र साथीलाई जोगाउँछे।", Set.of(1, 3)},
            new Object[]{"सीता फर्किन्छे", "प्रहरी र संस्थाको सहयोगमा सीता घर फर्किन्छे।", Set.of(4)},
            new Object[]{"गाउँको भेला", "युवा दूतहरूले टोलमा सडक नाटक गर्छन्; गाउँ छलफलमा जुट्छ।", Set.of(1, 2)},
            new Object[]{"नयाँ बाटो", "सीताले गाउँमै सीप तालिम लिन्छे; मायाले कक्षामा आफ्नो अनुभव सुनाउँछे।", Set.of(2, 3)},
            new Object[]{"हाम्रो वाचा", "परिवार र गाउँले सुरक्षित आप्रवासनको वाचा गर्छन्; श्रोता समूहका प्रश्नको उत्तर।", Set.of(1, 2, 3, 4)});

    private static final String FIRST_EPISODE_DRAFT = """
            दृश्य १: गाउँको चिया पसल, बिहान
            सङ्गीत: शीर्षक धुन, बिस्तारै मधुरो हुँदै
            ध्वनि: भाँडाको आवाज, टाढा कुखुराको बास
            वाचक: पहाडको एउटा गाउँ। बिहानको चिया पसलमा सहरबाट आएको एक जना मानिस बसेको छ।
            दलाल: (मुस्कुराउँदै) बहिनी, सहरमा राम्रो काम छ। महिनाको पच्चीस हजार।
            सीता: के काम हो? कुन ठाउँमा?
            दलाल: होटलमा। खाने बस्ने सबै मालिकले दिन्छ। भोलि नै जाने हो भने म टिकट काटिदिन्छु।
            माया: (सुस्तरी) दिदी, यिनलाई त हामीले कहिल्यै देखेका छैनौं।

            दृश्य २: घरको आँगन, साँझ
            ध्वनि: चुलोमा आगो बलेको
            सीता: बुवा, सहरमा काम पाइन्छ रे। म जान्छु।
            राम: (चिन्तित हुँदै) कसले भन्यो? कागज छ? कम्पनीको नाम के हो?
            सीता: कागज पछि दिन्छु भनेको छ।
            राम: कागज नदेखाउने मान्छेसँग कोही जाँदैन। भोलि वडा कार्यालयमा सोधौं।
            """;

    private static final String FIRST_EPISODE_ENDING = """

            दृश्य ३: मायाको कोठा, राति
            माया: (आफैंसँग) शिक्षिकाले भन्नुभएको थियो, रोजगारीको प्रस्ताव पहिले जाँच्नुपर्छ।
            वाचक: के सीताले बुवाको कुरा मान्लिन्? अर्को भागमा सुन्नुहोस्।
            सङ्गीत: शीर्षक धुन
            """;

    private static final String SECOND_EPISODE = """
            दृश्य १: वडा कार्यालय, दिउँसो
            ध्वनि: ढोका खुलेको, मानिसहरूको गनगन
            राम: नमस्ते। मेरी छोरीलाई सहरमा होटलको काम दिन्छु भन्ने मान्छे आएको छ।
            वाचक: वडा सचिवले रोजगारी दिने संस्थाको दर्ता र सम्झौता हेर्नुपर्ने कुरा सम्झाउँछन्।
            राम: कागज नदेखाए के गर्ने?
            वाचक: कागज नदेखाउने प्रस्ताव स्वीकार नगर्नुहोस्। शङ्का लागे वडा कार्यालय वा प्रहरीलाई खबर गर्नुहोस्।

            दृश्य २: चिया पसल, साँझ
            राम: (दृढ भएर) कागज देखाउनुहोस्, अनि मात्र कुरा गरौं।
            दलाल: (हडबडाउँदै) कागज त... सहरमै छ।
            सीता: त्यसो भए म जान्नँ।
            सङ्गीत: शीर्षक धुन
            """;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GeographyService geography;

    private final Clock clock = Clock.systemUTC();

    /** After the catalogue demo commits: a series about the materials it holds. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoCatalogueLoaded catalogue) {
        Instant now = clock.instant();
        RadioSeries series = new RadioSeries(new SeriesDetails("Sathi: voices of the hills", "साथी: पहाडका आवाज",
                MaterialLanguage.NEPALI, Audience.COMMUNITY,
                "Families in the hills know how trafficking begins, check offers of work before anyone leaves, and "
                        + "know where to call for help.",
                "पहाडका परिवारले बेचबिखन कसरी सुरु हुन्छ थाहा पाउँछन्, कोही जानुअघि रोजगारीको प्रस्ताव जाँच्छन् र "
                        + "सहयोगका लागि कहाँ फोन गर्ने थाहा पाउँछन्।",
                List.of(new KeyMessage("Check every job offer with the ward office before anyone leaves.",
                                "कोही जानुअघि हरेक रोजगारी प्रस्ताव वडा कार्यालयमा जाँच्नुहोस्।"),
                        new KeyMessage("Talk about going away together, parents and children.",
                                "बाहिर जाने कुरा अभिभावक र छोराछोरी मिलेर गर्नुहोस्।"),
                        new KeyMessage("Your body is yours: say no, move away, tell someone you trust.",
                                "तपाईंको शरीर तपाईंकै हो: होइन भन्नुहोस्, टाढा जानुहोस्, भरोसाको मान्छेलाई भन्नुहोस्।"),
                        new KeyMessage("Call the helpline 1098 (children) or 1145 (women) when someone is missing.",
                                "कोही हराए १०९८ (बालबालिका) वा ११४५ (महिला) मा फोन गर्नुहोस्।")),
                Set.of(Topic.SAFE_MIGRATION, Topic.CHILD_TRAFFICKING, Topic.CHILD_PROTECTION)), "producer", now);
        series.addCharacter("माया", "१४ वर्षकी विद्यार्थी, जसले प्रश्न सोध्न छाड्दिन", 3);
        series.addCharacter("सीता", "मायाकी दिदी, सहरको कामको प्रस्ताव पाएकी", 1);
        series.addCharacter("राम", "मायाका बुवा, किसान, वडा कार्यालय धाउने", 2);
        series.addCharacter("दलाल", "सहरमा काम दिलाउने भन्ने अपरिचित मानिस", null);
        for (int i = 0; i < EPISODES.size(); i++) {
            Object[] episode = EPISODES.get(i);
            @SuppressWarnings("unchecked")
            Set<Integer> messages = (Set<Integer>) episode[2];
            series.addEpisode(new EpisodeDetails(i + 1, (String) episode[0], (String) episode[1], messages, 15),
                    "producer", now);
        }
        em.persist(series);
        em.flush();
        Episode first = series.getEpisodes().get(0);
        ScriptVersion draft = first.nextScript(ScriptCheck.of(FIRST_EPISODE_DRAFT, series), 0, null,
                "पहिलो मस्यौदा", "producer", now);
        em.persist(draft);
        ScriptVersion ending = first.nextScript(ScriptCheck.of(FIRST_EPISODE_DRAFT + FIRST_EPISODE_ENDING, series),
                1, draft, "अन्तिम दृश्य थपियो", "producer", now);
        em.persist(ending);
        approved(first, ending, now);
        // the catalogue's demo recording is this episode's, recorded from the approved version
        em.createQuery("select m from Material m where m.titleEnglish = :t", Material.class)
                .setParameter("t", "Radio drama 'Saathi', episode 1").getResultStream().findFirst()
                .filter(Material::isPublished).ifPresent(recording -> first.recorded(recording, "producer", now));
        Episode second = series.getEpisodes().get(1);
        ScriptVersion only = second.nextScript(ScriptCheck.of(SECOND_EPISODE, series), 0, null, null, "producer", now);
        em.persist(only);
        approved(second, only, now);
        broadcasts(first, second, now);
        LOG.info("Loaded the demo radio serial, its stations and a quarter of broadcasts");
    }

    /**
     * Three stations in the programme's districts and a quarter of weekly slots of the two approved episodes: ten
     * weeks back, three on. What the stations ran is confirmed for the past weeks: mostly aired, one slot lost to
     * a power cut, one moved to the next evening.
     */
    private void broadcasts(Episode first, Episode second, Instant now) {
        Station makwanpur = station("Hetauda Samudayik FM", "FM 102.4", "स्टेसन प्रबन्धक, हेटौंडा", MAKWANPUR);
        Station banke = station("Bheri Awaj FM", "FM 104.6", "कार्यक्रम संयोजक, नेपालगन्ज", BANKE);
        Station sunsari = station("Koshi Sandesh FM", "FM 91.8", "स्टेसन प्रबन्धक, इटहरी", SUNSARI);
        LocalDate thisWeek = NepaliTime.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        for (int week = -10; week <= 3; week++) {
            Episode episode = Math.floorMod(week, 2) == 0 ? first : second;
            LocalDate sunday = thisWeek.plusWeeks(week);
            slot(makwanpur, episode, sunday.atTime(19, 30), BroadcastPayment.PAID, 1_500L, now,
                    week == -4 ? new AsRunReport(AsRun.NOT_AIRED, "बिजुली गएकाले ट्रान्समिटर बन्द", null) : null);
            slot(banke, episode, sunday.plusDays(2).atTime(20, 0), BroadcastPayment.PAID, 1_200L, now,
                    week == -6 ? new AsRunReport(AsRun.RESCHEDULED, "समाचार विशेष",
                            sunday.plusDays(3).atTime(20, 0).atZone(NepaliTime.ZONE).toInstant()) : null);
            slot(sunsari, episode, sunday.plusDays(4).atTime(18, 45), week % 3 == 0 ? BroadcastPayment.SPONSORED
                    : BroadcastPayment.FREE, null, now, null);
        }
    }

    private Station station(String name, String frequency, String contact, int district) {
        Set<Integer> coverage = new java.util.TreeSet<>();
        geography.localLevelsOfDistrict(district).forEach(level -> coverage.add(level.getCode()));
        Station station = new Station(new StationDetails(name, frequency, contact, coverage), "producer",
                clock.instant());
        em.persist(station);
        return station;
    }

    /** A slot; one whose time has passed is confirmed with the report given, or as aired. */
    private void slot(Station station, Episode episode, LocalDateTime start, BroadcastPayment payment, Long npr,
                      Instant now, AsRunReport report) {
        BroadcastSlot slot = new BroadcastSlot(station, episode, new SlotDetails(start.atZone(NepaliTime.ZONE)
                .toInstant(), 15, payment, npr), "producer", now);
        em.persist(slot);
        if (slot.endsAt().isBefore(now)) {
            slot.confirm(report == null ? new AsRunReport(AsRun.AIRED, null, null) : report, station.getName(), now)
                    .ifPresent(moved -> {
                        em.persist(moved);
                        if (moved.endsAt().isBefore(now)) {
                            moved.confirm(new AsRunReport(AsRun.AIRED, null, null), station.getName(), now);
                        }
                    });
        }
    }

    /** Sent for review by the demo producer and approved by the demo reviewer (the scripts hold no personal data). */
    private static void approved(Episode episode, ScriptVersion version, Instant at) {
        episode.sendForReview(version);
        episode.approve(version, 0, "reviewer", at);
    }
}
