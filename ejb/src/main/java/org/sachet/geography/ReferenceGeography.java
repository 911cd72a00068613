package org.sachet.geography;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads Nepal's provinces, districts and local levels into a new database from the data set shipped with
 * the application ({@code local-levels.csv}, see {@code local-levels-README.md} for its source and licence).
 */
@Stateless
public class ReferenceGeography {

    static final String DATA_SET = "/org/sachet/geography/local-levels.csv";
    private static final Logger LOG = Logger.getLogger(ReferenceGeography.class.getName());

    @PersistenceContext
    private EntityManager em;

    public void loadIfEmpty() {
        long present = em.createQuery("select count(l) from LocalLevel l", Long.class).getSingleResult();
        if (present > 0) {
            return;
        }
        Map<Integer, Province> provinces = new HashMap<>();
        Map<Integer, District> districts = new HashMap<>();
        int localLevels = 0;
        try (InputStream in = ReferenceGeography.class.getResourceAsStream(DATA_SET);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("province_code,")) {
                throw new IllegalStateException("Unexpected geography data set header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Province province = provinces.computeIfAbsent(Integer.parseInt(f[0]), code -> {
                    Province p = new Province(code, f[1], f[2]);
                    em.persist(p);
                    return p;
                });
                District district = districts.computeIfAbsent(Integer.parseInt(f[3]), code -> {
                    District d = new District(code, province, f[4], f[5]);
                    em.persist(d);
                    return d;
                });
                em.persist(new LocalLevel(Integer.parseInt(f[6]), district, f[7], f[8],
                        LocalLevelCategory.valueOf(f[9]), Integer.parseInt(f[10])));
                localLevels++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int loaded = localLevels;
        LOG.info(() -> "Loaded reference geography: " + provinces.size() + " provinces, " + districts.size()
                + " districts, " + loaded + " local levels");
    }
}
