package org.sachet.catalogue;

/** Who a material is made for. */
public enum Audience {
    CHILDREN, ADOLESCENTS, PARENTS, TEACHERS, COMMUNITY, DUTY_BEARERS
}
