package org.sachet.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import org.sachet.calendar.NepaliTime;

import java.time.Instant;
import java.util.Objects;

/**
 * What one person last downloaded of a kit (its ETag), so they can be told when the kit changed under them
 * (a material withdrawn). Their own record, never a statistic.
 */
@Entity
@Table(name = "KIT_RECEIPT")
@IdClass(KitReceipt.Key.class)
public class KitReceipt {

    @Id
    @Column(name = "ACCOUNT_ID")
    private long accountId;

    @Id
    @Column(name = "KIT_ID")
    private String kitId;

    @Column(name = "ETAG", nullable = false)
    private String etag;

    @Column(name = "DOWNLOADED_AT", nullable = false)
    private Instant downloadedAt;

    protected KitReceipt() {
    }

    KitReceipt(long accountId, KitId kit, String etag, Instant at) {
        this.accountId = accountId;
        this.kitId = kit.toString();
        received(etag, at);
    }

    /**
     * Records that the person was sent bytes of the kit (the whole, a first piece, a resumed rest or a one-byte
     * probe).
     *
     * @return whether they are the first the person was sent on that day in Nepal: a download counts once per
     *         person, kit and day, however many ranges it took
     */
    boolean received(String newEtag, Instant at) {
        boolean firstThatDay = downloadedAt == null
                || !downloadedAt.atZone(NepaliTime.ZONE).toLocalDate().equals(at.atZone(NepaliTime.ZONE).toLocalDate());
        etag = newEtag;
        downloadedAt = at;
        return firstThatDay;
    }

    public String getKitId() {
        return kitId;
    }

    public String getEtag() {
        return etag;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }

    /** The receipt's key: the account and the kit. */
    public static class Key implements Serializable {
        private long accountId;
        private String kitId;

        public Key() {
        }

        public Key(long accountId, String kitId) {
            this.accountId = accountId;
            this.kitId = kitId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && Objects.equals(k.kitId, kitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kitId);
        }
    }
}
