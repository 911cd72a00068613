-- Reach figures kept as sessions are written, so the dashboard sums months, not sessions: an aggregate over
-- a million session rows takes Derby seconds (docs/benchmarks.md), one over the tallies milliseconds.
-- Existing sessions are tallied at the next start (SessionTallies.rebuildIfMissing).

-- Sessions summed by place, Bikram Sambat month (208304 = Shrawan 2083) and kind: each session is in its local
-- level's row and in its district's, so a programme's year is summed from at most 77 × 12 rows per kind
CREATE TABLE SESSION_TALLY (
    PLACE_LEVEL    VARCHAR(12) NOT NULL,
    PLACE_CODE     INTEGER     NOT NULL,
    BS_MONTH       INTEGER     NOT NULL,
    KIND           VARCHAR(40) NOT NULL,
    SESSIONS       BIGINT      NOT NULL,
    GIRLS_UNDER_18 BIGINT      NOT NULL,
    BOYS_UNDER_18  BIGINT      NOT NULL,
    WOMEN_ADULT    BIGINT      NOT NULL,
    MEN_ADULT      BIGINT      NOT NULL,
    OTHER_PEOPLE   BIGINT      NOT NULL,
    PRIMARY KEY (PLACE_LEVEL, PLACE_CODE, BS_MONTH, KIND)
);

-- Each parents' group's largest attendance in a BS month, band by band (its members, each once)
CREATE TABLE PARENTS_GROUP_MONTH (
    BS_MONTH         INTEGER NOT NULL,
    VENUE_ID         BIGINT  NOT NULL REFERENCES VENUE (ID),
    LOCAL_LEVEL_CODE INTEGER NOT NULL,
    MEETINGS         BIGINT  NOT NULL,
    GIRLS_UNDER_18   BIGINT  NOT NULL,
    BOYS_UNDER_18    BIGINT  NOT NULL,
    WOMEN_ADULT      BIGINT  NOT NULL,
    MEN_ADULT        BIGINT  NOT NULL,
    OTHER_PEOPLE     BIGINT  NOT NULL,
    PRIMARY KEY (BS_MONTH, VENUE_ID)
);
CREATE INDEX PARENTS_GROUP_MONTH_PLACE ON PARENTS_GROUP_MONTH (LOCAL_LEVEL_CODE, BS_MONTH);

-- The day a class taught the last lesson of its edition (null while it has not)
ALTER TABLE COHORT ADD COLUMN COMPLETED_ON DATE;
CREATE INDEX COHORT_COMPLETED_ON ON COHORT (COMPLETED_ON);

-- a local level's sessions by day (its wards) and a group's meetings in a month (recounting a maximum)
CREATE INDEX OUTREACH_SESSION_PLACE_DAY ON OUTREACH_SESSION (LOCAL_LEVEL_CODE, HELD_ON);
CREATE INDEX OUTREACH_SESSION_VENUE_DAY ON OUTREACH_SESSION (VENUE_ID, HELD_ON);
