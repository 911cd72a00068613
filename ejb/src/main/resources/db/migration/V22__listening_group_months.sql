-- Issue 17, step 7: each radio listening group's largest attendance per month, as the parents' groups' (its people
-- counted once, band by band)
CREATE TABLE LISTENING_GROUP_MONTH (
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
CREATE INDEX LISTENING_GROUP_MONTH_PLACE ON LISTENING_GROUP_MONTH (LOCAL_LEVEL_CODE, BS_MONTH);

-- the listening groups already recorded are counted in when every tally is rebuilt, once, at the next start
-- (SessionTallies.rebuildIfMissing): emptied here so that the rebuild runs
DELETE FROM PARENTS_GROUP_MONTH;
DELETE FROM LED_SESSION_MONTH;
DELETE FROM SESSION_TALLY;
