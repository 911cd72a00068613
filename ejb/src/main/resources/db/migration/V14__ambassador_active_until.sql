-- Issue 16: the last day an ambassador was active, so that the programme's figures count each person in the
-- periods they were active (a status change or a withdrawn consent ends it). Rows recorded before this column:
-- not active since the day they were recorded, or since their consent was withdrawn
ALTER TABLE AMBASSADOR ADD COLUMN ACTIVE_UNTIL DATE;

UPDATE AMBASSADOR SET ACTIVE_UNTIL = CAST(CREATED_AT AS DATE) WHERE STATUS <> 'ACTIVE';
UPDATE AMBASSADOR SET ACTIVE_UNTIL = CONSENT_WITHDRAWN_ON
    WHERE ACTIVE_UNTIL IS NULL AND CONSENT_WITHDRAWN_ON IS NOT NULL;
