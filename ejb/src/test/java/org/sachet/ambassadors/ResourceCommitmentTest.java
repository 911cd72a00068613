package org.sachet.ambassadors;

import org.junit.jupiter.api.Test;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResourceCommitmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static ResourceCommitment promise(ResourceKind kind, String description, long amount) {
        return new ResourceCommitment(null, ResourceSource.WARD_OFFICE, kind, description, TODAY.minusDays(30), amount,
                TODAY, "coordinator", Instant.now());
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void partialReceiptsAddUpAndMoreThanPromisedNeedsAConfirmation() {
        ResourceCommitment cash = promise(ResourceKind.CASH, null, 50_000);
        cash.receive(TODAY.minusDays(20), 20_000L, false, TODAY, "coordinator", Instant.now());
        cash.receive(TODAY.minusDays(5), 25_000L, false, TODAY, "coordinator", Instant.now());
        assertEquals(45_000, cash.received());
        assertEquals(5_000, cash.outstanding());
        assertEquals("resource.receipt.abovePromise", refusal(() -> cash.receive(TODAY, 10_000L, false, TODAY,
                "coordinator", Instant.now())));
        assertEquals(45_000, cash.received(), "a refused receipt adds nothing");
        cash.receive(TODAY, 10_000L, true, TODAY, "coordinator", Instant.now());
        assertEquals(55_000, cash.received());
        assertEquals(0, cash.outstanding());
    }

    @Test
    void amountsAreWholePositiveRupeesAndDatesFollowThePromise() {
        assertEquals("resource.amount.positive", refusal(() -> promise(ResourceKind.CASH, null, -500)));
        assertEquals("resource.amount.positive", refusal(() -> promise(ResourceKind.CASH, null, 0)));
        assertEquals("resource.amount.tooLarge", refusal(() -> promise(ResourceKind.CASH, null,
                ResourceCommitment.MAX_NPR + 1)));
        assertEquals("resource.description.required", refusal(() -> promise(ResourceKind.IN_KIND, " ", 8_000)));
        assertEquals("resource.promisedOn.invalid", refusal(() -> new ResourceCommitment(null,
                ResourceSource.NGO, ResourceKind.CASH, null, TODAY.plusDays(1), 100L, TODAY, "c", Instant.now())));
        ResourceCommitment hall = promise(ResourceKind.IN_KIND, "The ward hall for two days", 8_000);
        assertEquals("resource.receivedOn.invalid", refusal(() -> hall.receive(TODAY.minusDays(31), 8_000L, false,
                TODAY, "c", Instant.now())));
        assertEquals("resource.receivedOn.invalid", refusal(() -> hall.receive(TODAY.plusDays(1), 8_000L, false,
                TODAY, "c", Instant.now())));
        assertEquals("resource.amount.positive", refusal(() -> hall.receive(TODAY, -1L, false, TODAY, "c",
                Instant.now())));
    }
}
