package org.sachet.ambassadors;

/**
 * Who promised a resource to an action plan. Ward offices and (rural) municipalities are the local governments
 * whose support the programme reports apart ({@link ResourcesSecured#totals}).
 */
public enum ResourceSource {
    WARD_OFFICE, MUNICIPALITY, PROVINCE, NGO, BUSINESS, COMMUNITY
}
