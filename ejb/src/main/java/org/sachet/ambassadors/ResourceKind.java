package org.sachet.ambassadors;

/** Cash in NPR, or something in kind (a hall, printing, transport) with an estimated NPR value. */
public enum ResourceKind {
    CASH, IN_KIND
}
