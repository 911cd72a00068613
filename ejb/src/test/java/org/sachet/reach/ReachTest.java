package org.sachet.reach;

import org.junit.jupiter.api.Test;
import org.sachet.ambassadors.AgeBand;
import org.sachet.ambassadors.Sex;
import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.LocalLevelCategory;
import org.sachet.geography.Place;
import org.sachet.geography.PlaceTree;
import org.sachet.geography.Province;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachTest {

    private static final Province BAGMATI = new Province(3, "Bagmati", "बागमती");
    private static final Province LUMBINI = new Province(5, "Lumbini", "लुम्बिनी");
    private static final District MAKWANPUR = new District(31, BAGMATI, "Makwanpur", "मकवानपुर");
    private static final District BANKE = new District(57, LUMBINI, "Banke", "बाँके");
    private static final LocalLevelCategory CATEGORY = LocalLevelCategory.values()[0];
    private static final PlaceTree TREE = new PlaceTree(List.of(
            new LocalLevel(337, MAKWANPUR, "Hetauda", "हेटौडा", CATEGORY, 19),
            new LocalLevel(339, MAKWANPUR, "Bhimphedi", "भीमफेदी", CATEGORY, 9),
            new LocalLevel(571, BANKE, "Nepalgunj", "नेपालगञ्ज", CATEGORY, 23)));

    @Test
    void anExactFigureIsNeitherRolledUpNorAddedToButGoesToDhis2AtItsLocalLevel() {
        Reach reach = new Reach(TREE);
        // one broadcast heard in Hetauda and Bhimphedi: once in each, once in Makwanpur, not twice
        reach.exactly(Indicator.RADIO_BROADCASTS_AIRED, Place.localLevel(337), Bands.events(1));
        reach.exactly(Indicator.RADIO_BROADCASTS_AIRED, Place.localLevel(339), Bands.events(1));
        reach.exactly(Indicator.RADIO_BROADCASTS_AIRED, Place.district(31), Bands.events(1));
        assertEquals(1, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.district(31)));
        assertEquals(0, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.COUNTRY), "only where it was given");
        assertEquals(0, reach.value(Indicator.RADIO_BROADCASTS_AIRED, Place.localLevel(571)));
        assertEquals(1, reach.byPlace().value(Indicator.RADIO_BROADCASTS_AIRED, Place.localLevel(339)));
        assertEquals(1, reach.byPlace().value(Indicator.RADIO_BROADCASTS_AIRED, Place.district(31)));
        assertEquals(0, reach.value(Indicator.SBCC_PEOPLE_REACHED, Place.district(31)), "others roll up as ever");
    }

    @Test
    void kitDownloadsGoToDhis2AtThePlaceTheyWereCountedAt() {
        Reach reach = new Reach(TREE);
        reach.addKitDownloads(Place.district(31), 4);
        reach.addKitDownloads(Place.localLevel(337), 1);
        reach.add(Indicator.SBCC_PEOPLE_REACHED, 337, new Bands(1, 0, 0, 0, 0, 1));
        Tally<Place> places = reach.byPlace();
        assertEquals(4, places.value(Indicator.KIT_DOWNLOADS, Place.district(31)), "a district's account's downloads");
        assertEquals(1, places.value(Indicator.KIT_DOWNLOADS, Place.localLevel(337)));
        assertEquals(5, reach.value(Indicator.KIT_DOWNLOADS, Place.district(31)), "as the dashboard shows them");
    }

    @Test
    void figuresRollUpFromLocalLevelsToDistrictProvinceAndProgramme() {
        Reach reach = new Reach(TREE);
        reach.add(Indicator.SBCC_PEOPLE_REACHED, 337, new Bands(10, 8, 2, 1, 0, 1));
        reach.add(Indicator.SBCC_PEOPLE_REACHED, 337, new Bands(5, 5, 0, 0, 0, 1));
        reach.add(Indicator.SBCC_PEOPLE_REACHED, 339, new Bands(1, 1, 1, 1, 1, 1));
        reach.add(Indicator.SBCC_PEOPLE_REACHED, 571, new Bands(20, 0, 0, 0, 0, 1));
        assertEquals(31, reach.value(Indicator.SBCC_PEOPLE_REACHED, Place.localLevel(337)));
        assertEquals(36, reach.value(Indicator.SBCC_PEOPLE_REACHED, Place.district(31)));
        assertEquals(36, reach.value(Indicator.SBCC_PEOPLE_REACHED, Place.province(3)));
        assertEquals(56, reach.value(Indicator.SBCC_PEOPLE_REACHED, Place.COUNTRY));
        assertEquals(36, reach.at(Indicator.SBCC_PEOPLE_REACHED, Place.COUNTRY).girlsUnder18());
        assertEquals(0, reach.value(Indicator.INFO_BOOTH_CONTACTS, Place.COUNTRY));
    }

    @Test
    void eventsCountEventsAndKitDownloadsCountWhereTheyWereCountedAndAbove() {
        Reach reach = new Reach(TREE);
        reach.add(Indicator.SBCC_SESSIONS_HELD, 337, Bands.events(3));
        assertEquals(3, reach.value(Indicator.SBCC_SESSIONS_HELD, Place.district(31)));
        reach.addKitDownloads(Place.localLevel(571), 4);
        reach.addKitDownloads(Place.district(57), 2);
        reach.addKitDownloads(Place.COUNTRY, 1);
        assertEquals(4, reach.value(Indicator.KIT_DOWNLOADS, Place.localLevel(571)));
        assertEquals(6, reach.value(Indicator.KIT_DOWNLOADS, Place.district(57)),
                "a download counted at the district is in the district, not in any of its local levels");
        assertEquals(7, reach.value(Indicator.KIT_DOWNLOADS, Place.COUNTRY));
        assertEquals(0, reach.value(Indicator.KIT_DOWNLOADS, Place.province(3)));
    }

    @Test
    void theTreeKnowsWhatLiesWithinWhatAndWhichChildrenHoldSomething() {
        assertTrue(TREE.within(Place.localLevel(337), Place.province(3)));
        assertFalse(TREE.within(Place.localLevel(337), Place.province(5)));
        assertFalse(TREE.within(Place.district(31), Place.localLevel(337)));
        assertEquals(Set.of(337, 339), TREE.localLevelsWithin(Place.district(31)));
        assertEquals(Set.of(Place.province(3), Place.province(5)), TREE.childrenHolding(Place.COUNTRY, Set.of(337, 571)));
        assertEquals(Set.of(Place.district(31)), TREE.childrenHolding(Place.province(3), Set.of(337, 339, 571)));
        assertEquals(Set.of(Place.localLevel(339)), TREE.childrenHolding(Place.district(31), Set.of(339)));
        assertTrue(TREE.childrenHolding(Place.localLevel(337), Set.of(337)).isEmpty());
    }

    @Test
    void everyIndicatorSaysHowItCounts() {
        assertEquals(Counting.COMPLETIONS, Indicator.SAS_STUDENTS_COMPLETED.counting());
        assertEquals(Counting.UNIQUE, Indicator.PARENTS_GROUP_MEMBERS.counting());
        assertFalse(Indicator.KIT_DOWNLOADS.isDisaggregated());
        assertTrue(Indicator.SAS_CONTACTS.isDisaggregated());
        assertEquals(Indicator.TOT_PEOPLE_TRAINED, Indicator.byCode(" tot_people_trained ").orElseThrow());
        assertEquals(Counting.NPR, Indicator.NPR_FROM_LOCAL_GOVERNMENTS.counting());
        assertFalse(Indicator.NPR_FROM_LOCAL_GOVERNMENTS.isDisaggregated());
        assertFalse(Indicator.ACTION_PLANS_COMPLETED.isDisaggregated());
        assertTrue(Indicator.AMBASSADORS_ACTIVE.isDisaggregated());
    }

    @Test
    void rupeesAddUpApartFromTheReceiptsTheyCameIn() {
        Bands received = Bands.rupees(1, 25_000).plus(Bands.rupees(2, 15_000));
        assertEquals(40_000, received.value(Counting.NPR));
        assertEquals(3, received.value(Counting.EVENTS));
        assertEquals(0, received.value(Counting.UNIQUE));
    }

    @Test
    void anAmbassadorCountsInTheBandOfTheirSexAndAge() {
        assertEquals(new Bands(1, 0, 0, 0, 0, 1), AmbassadorFigures.person(Sex.FEMALE, AgeBand.AGE_15_17, 1));
        assertEquals(new Bands(0, 3, 0, 0, 0, 3), AmbassadorFigures.person(Sex.MALE, AgeBand.AGE_10_14, 3));
        assertEquals(new Bands(0, 0, 2, 0, 0, 2), AmbassadorFigures.person(Sex.FEMALE, AgeBand.AGE_18_24, 2));
        assertEquals(new Bands(0, 0, 0, 1, 0, 1), AmbassadorFigures.person(Sex.MALE, AgeBand.AGE_25_PLUS, 1));
        assertEquals(new Bands(0, 0, 0, 0, 1, 1), AmbassadorFigures.person(Sex.OTHER, AgeBand.AGE_15_17, 1));
    }

    @Test
    void aPeriodSplitsIntoItsBsMonthsCutToTheDaysAsked() {
        // 2083/84-Q2: Kartik 1 to Poush end; asked from the 10th of Kartik
        var q2 = org.sachet.calendar.FiscalPeriod.parse("2083/84-Q2").orElseThrow();
        var windows = ReachQueries.monthWindows(q2.start().plusDays(9), q2.end());
        assertEquals(3, windows.size());
        assertEquals(q2.start().plusDays(9), windows.get(0).from());
        assertEquals(windows.get(0).to().plusDays(1), windows.get(1).from());
        assertEquals(q2.end(), windows.get(2).to());
    }
}
