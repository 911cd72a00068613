package org.sachet.geography;

/** The four kinds of local level in Nepal's federal structure. */
public enum LocalLevelCategory {
    /** Metropolitan city (महानगरपालिका). */
    MC,
    /** Sub-metropolitan city (उपमहानगरपालिका). */
    SMC,
    /** Municipality (नगरपालिका). */
    M,
    /** Rural municipality (गाउँपालिका). */
    RM
}
