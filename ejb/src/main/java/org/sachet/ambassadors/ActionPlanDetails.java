package org.sachet.ambassadors;

import org.sachet.calendar.FiscalPeriod;

import java.time.LocalDate;

/**
 * What a coordinator writes about a plan. The period is a fiscal year or quarter, or, without one, two dates;
 * the team is given by the ambassadors' ids and looked up by the service.
 */
public record ActionPlanDetails(String titleEnglish, String titleNepali, String objectivesEnglish,
                                String objectivesNepali, Integer localLevelCode, Integer ward,
                                FiscalPeriod fiscalPeriod, LocalDate periodFrom, LocalDate periodTo) {
}
