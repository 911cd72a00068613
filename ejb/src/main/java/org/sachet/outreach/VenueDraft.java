package org.sachet.outreach;

/**
 * A venue as someone describes it on the form or in an import row.
 *
 * @param code       the programme's code for it; blank: the next free code of its local level
 * @param schoolCode the national school code (EMIS) of a school, when known
 */
public record VenueDraft(String code, String name, VenueType type, Integer localLevelCode, Integer ward,
                         String schoolCode) implements java.io.Serializable {
}
