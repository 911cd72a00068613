package org.sachet.catalogue;

/** The managed vocabulary of subjects a material is about. */
public enum Topic {
    SAFE_MIGRATION, FORCED_LABOUR, CHILD_TRAFFICKING, ONLINE_SAFETY, SEXUAL_EXPLOITATION, GENDER_NORMS,
    SURVIVOR_SUPPORT, CHILD_PROTECTION, FOREIGN_EMPLOYMENT, CHILD_MARRIAGE
}
