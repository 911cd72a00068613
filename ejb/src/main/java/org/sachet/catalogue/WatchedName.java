package org.sachet.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sachet.content.safeguarding.WatchList;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One person on the reviewers' confidential watch list (a survivor, a child in the programme's care), with
 * every spelling of the name separated by semicolons or commas, e.g. {@code Sita Tamang; सीता तामाङ}. Only reviewers
 * read or change the list; it is never exported and never written to logs.
 */
@Entity
@Table(name = "WATCHED_NAME")
public class WatchedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, updatable = false)
    private String name;

    @Column(name = "ADDED_BY", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "ADDED_AT", nullable = false, updatable = false)
    private Instant addedAt;

    protected WatchedName() {
    }

    WatchedName(String name, String addedBy, Instant addedAt) {
        this.name = name;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public List<String> spellings() {
        return Arrays.stream(name.split("[;,]")) // people type either between spellings
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /** Everyone on the watch list, each with their spellings, as the scanner takes them. */
    public static WatchList watchList(EntityManager em) {
        WatchList list = WatchList.empty();
        for (WatchedName name : em.createQuery("select w from WatchedName w", WatchedName.class).getResultList()) {
            List<String> spellings = name.spellings();
            if (!spellings.isEmpty()) {
                list = list.withPerson(spellings.toArray(String[]::new));
            }
        }
        return list;
    }
}
