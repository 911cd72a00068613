package org.sachet.content.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sachet.content.safeguarding.ScannerAssertions.assertSingle;
import static org.sachet.content.safeguarding.ScannerAssertions.ofKind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"9841234567", "984-1234567", "984 123 4567", "9761234567", "980-123-4567"})
    void findsNepaliMobileNumberInCommonLayouts(String number) {
        assertSingle("Call her on " + number + " after 5pm.", FindingKind.PHONE, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+9779841234567", "+977 9841234567", "+977-984-1234567", "00977 9841234567",
            "977-9841234567"})
    void findsMobileNumberWithCountryPrefix(String number) {
        assertSingle("Contact: " + number + ".", FindingKind.PHONE, number);
    }

    @Test
    void findsMobileNumberWrittenInDevanagariDigits() {
        assertSingle("उनको मोबाइल नम्बर ९८४१२३४५६७ हो।", FindingKind.PHONE, "९८४१२३४५६७");
        assertSingle("सम्पर्क: +९७७-९८४-१२३४५६७", FindingKind.PHONE, "+९७७-९८४-१२३४५६७");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-4123456", "061-523456", "021 470123"})
    void findsNepaliLandline(String number) {
        assertSingle("Office phone " + number + ", Sunday to Friday.", FindingKind.PHONE, number);
    }

    @Test
    void findsLandlineWrittenInDevanagariDigits() {
        assertSingle("कार्यालय फोन ०१-४१२३४५६ मा सम्पर्क गर्नुहोस्।", FindingKind.PHONE, "०१-४१२३४५६");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "+1-202-555-0143", "+91 98100 12345", "+97714123456"})
    void findsInternationalNumberInE164Style(String number) {
        assertSingle("Abroad, reach the family at " + number + " please.", FindingKind.PHONE, number);
    }

    @Test
    void findsInternationalNumberWrittenInDevanagariDigits() {
        assertSingle("दिदीको नम्बर +४४ २० ७९४६ ०९५८ हो", FindingKind.PHONE, "+४४ २० ७९४६ ०९५८");
    }

    @Test
    void findsSeveralNumbersInOrderWithoutDuplicates() {
        String text = "Mobile 9841234567 or +977 9812345678, office 01-4123456.";
        List<Finding> found = ofKind(text, FindingKind.PHONE);
        assertEquals(List.of("9841234567", "+977 9812345678", "01-4123456"),
                found.stream().map(Finding::text).toList());
    }

    @Test
    void findsAlternateNumberWrittenAfterSlash() {
        String text = "Tel 9841234567/9812345678";
        assertEquals(List.of("9841234567", "9812345678"),
                ofKind(text, FindingKind.PHONE).stream().map(Finding::text).toList());
    }
}
