-- Issue 16: a session may record an activity of a youth ambassadors' action plan; the activity's reach is then
-- the session's participants, never typed twice
ALTER TABLE OUTREACH_SESSION ADD COLUMN ACTIVITY_ID BIGINT REFERENCES PLAN_ACTIVITY (ID);

CREATE INDEX OUTREACH_SESSION_ACTIVITY ON OUTREACH_SESSION (ACTIVITY_ID);
