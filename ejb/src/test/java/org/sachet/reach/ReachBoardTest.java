package org.sachet.reach;

import org.junit.jupiter.api.Test;
import org.sachet.geography.Place;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachBoardTest {

    private static ReachBoard.Row<Place> row(int district, long sessions, long people) {
        return new ReachBoard.Row<>(Place.district(district), List.of(
                new Progress(Indicator.SBCC_SESSIONS_HELD, new Bands(0, 0, 0, 0, 0, sessions), null, 0.5),
                new Progress(Indicator.SBCC_PEOPLE_REACHED, new Bands(people, 0, 0, 0, 0, 1), null, 0.5)));
    }

    @Test
    void placesWithMostToShowComeFirstAndEmptyOnesLastInTheirUsualOrder() {
        List<ReachBoard.Row<Place>> rows = new ArrayList<>(List.of(
                row(1, 0, 0), row(2, 0, 40), row(3, 2, 10), row(4, 0, 0), row(5, 1, 90), row(6, 3, 5)));
        rows.sort(ReachBoard.MOST_TO_SHOW_FIRST);
        // both indicators with figures (most in all first), then one, then the empty ones by their code
        assertEquals(List.of(5, 3, 6, 2, 1, 4), rows.stream().map(r -> r.key().getCode()).toList());
    }
}
