-- Issue 16: the sessions that carried out a youth ambassadors' plan activity, by venue and BS month: their
-- count, attendances summed and each band's largest attendance. The reach dashboard reads this instead of
-- finding those few sessions among a million.
CREATE TABLE LED_SESSION_MONTH (
    BS_MONTH             INTEGER NOT NULL,
    VENUE_ID             BIGINT  NOT NULL REFERENCES VENUE (ID),
    LOCAL_LEVEL_CODE     INTEGER NOT NULL,
    SESSIONS             BIGINT  NOT NULL,
    GIRLS_UNDER_18       BIGINT  NOT NULL,
    BOYS_UNDER_18        BIGINT  NOT NULL,
    WOMEN_ADULT          BIGINT  NOT NULL,
    MEN_ADULT            BIGINT  NOT NULL,
    OTHER_PEOPLE         BIGINT  NOT NULL,
    MOST_GIRLS_UNDER_18  BIGINT  NOT NULL,
    MOST_BOYS_UNDER_18   BIGINT  NOT NULL,
    MOST_WOMEN_ADULT     BIGINT  NOT NULL,
    MOST_MEN_ADULT       BIGINT  NOT NULL,
    MOST_OTHER_PEOPLE    BIGINT  NOT NULL,
    PRIMARY KEY (BS_MONTH, VENUE_ID)
);
CREATE INDEX LED_SESSION_MONTH_PLACE ON LED_SESSION_MONTH (LOCAL_LEVEL_CODE, BS_MONTH);

-- the sessions already recorded with an activity are counted in when every tally is rebuilt, once, at the next
-- start (SessionTallies.rebuildIfMissing): emptied here so that the rebuild runs
DELETE FROM PARENTS_GROUP_MONTH;
DELETE FROM SESSION_TALLY;
