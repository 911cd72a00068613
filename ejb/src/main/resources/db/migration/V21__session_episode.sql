-- Issue 17, step 7: a radio listening group's session names the episode it heard
ALTER TABLE OUTREACH_SESSION ADD COLUMN EPISODE_ID BIGINT REFERENCES RADIO_EPISODE (ID);
