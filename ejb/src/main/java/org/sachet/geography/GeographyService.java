package org.sachet.geography;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.platform.RuleViolation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads Nepal's administrative hierarchy and answers questions about places. */
@Stateless
public class GeographyService {

    @PersistenceContext
    private EntityManager em;

    public List<Province> provinces() {
        return em.createQuery("select p from Province p order by p.code", Province.class).getResultList();
    }

    public List<District> districts(int provinceCode) {
        return em.createQuery("select d from District d where d.province.code = :p order by d.nameEn", District.class)
                .setParameter("p", provinceCode).getResultList();
    }

    public List<LocalLevel> localLevelsOfDistrict(int districtCode) {
        return em.createQuery("select l from LocalLevel l where l.district.code = :d order by l.nameEn",
                LocalLevel.class).setParameter("d", districtCode).getResultList();
    }

    /** All local levels, or those of one province or one district (both filters may be given). */
    public List<LocalLevel> localLevels(Integer provinceCode, Integer districtCode) {
        StringBuilder jpql = new StringBuilder("select l from LocalLevel l join fetch l.district d"
                + " join fetch d.province p where 1 = 1");
        if (provinceCode != null) {
            jpql.append(" and p.code = :p");
        }
        if (districtCode != null) {
            jpql.append(" and d.code = :d");
        }
        TypedQuery<LocalLevel> query = em.createQuery(jpql.append(" order by l.code").toString(), LocalLevel.class);
        if (provinceCode != null) {
            query.setParameter("p", provinceCode);
        }
        if (districtCode != null) {
            query.setParameter("d", districtCode);
        }
        return query.getResultList();
    }

    public Optional<Province> province(int code) {
        return Optional.ofNullable(em.find(Province.class, code));
    }

    public Optional<District> district(int code) {
        return Optional.ofNullable(em.find(District.class, code));
    }

    public Optional<LocalLevel> localLevel(int code) {
        return Optional.ofNullable(em.find(LocalLevel.class, code));
    }

    public boolean exists(Place place) {
        return switch (place.getLevel()) {
            case COUNTRY -> true;
            case PROVINCE -> province(place.getCode()).isPresent();
            case DISTRICT -> district(place.getCode()).isPresent();
            case LOCAL_LEVEL -> localLevel(place.getCode()).isPresent();
        };
    }

    /** @throws RuleViolation {@code place.unknown} when any of the places does not exist */
    public void requireExisting(Collection<Place> places) {
        for (Place place : places) {
            if (!exists(place)) {
                throw new RuleViolation("places", "place.unknown", place.toString());
            }
        }
    }

    /**
     * The hierarchy as figures roll up and places nest. The reference data does not change while the
     * application runs, so the tree is built once, when first asked for after it is loaded.
     */
    public PlaceTree placeTree() {
        PlaceTree tree = placeTree;
        if (tree == null) {
            List<LocalLevel> levels = localLevels(null, null);
            tree = new PlaceTree(levels);
            if (!levels.isEmpty()) {
                placeTree = tree;
            }
        }
        return tree;
    }

    private static volatile PlaceTree placeTree;

    /** The codes of the local levels within any of these places (every one for the country). */
    public java.util.Set<Integer> localLevelCodesWithin(Collection<Place> places) {
        PlaceTree tree = placeTree();
        java.util.Set<Integer> codes = new java.util.TreeSet<>();
        for (Place place : places) {
            codes.addAll(tree.localLevelsWithin(place));
        }
        return codes;
    }

    /** Whether the local level lies within the place (a country, its province, its district or itself). */
    public boolean contains(Place place, LocalLevel localLevel) {
        return switch (place.getLevel()) {
            case COUNTRY -> true;
            case PROVINCE -> localLevel.getDistrict().getProvince().getCode() == place.getCode();
            case DISTRICT -> localLevel.getDistrict().getCode() == place.getCode();
            case LOCAL_LEVEL -> localLevel.getCode() == place.getCode();
        };
    }
}
