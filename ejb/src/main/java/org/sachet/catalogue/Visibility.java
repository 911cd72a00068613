package org.sachet.catalogue;

import org.sachet.accounts.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see a published material. Anonymous visitors see public materials; teachers also see teachers'
 * materials, facilitators facilitators' ones; programme staff (every other role) see everything.
 */
public enum Visibility {
    PUBLIC, TEACHERS, FACILITATORS, STAFF;

    /** The visibilities open to someone with these roles (an empty set: an anonymous visitor). */
    public static Set<Visibility> openTo(Set<Role> roles) {
        Set<Visibility> open = EnumSet.of(PUBLIC);
        for (Role role : roles) {
            switch (role) {
                case TEACHER -> open.add(TEACHERS);
                case FACILITATOR -> open.add(FACILITATORS);
                default -> {
                    return EnumSet.allOf(Visibility.class);
                }
            }
        }
        return open;
    }
}
