package org.sachet.platform;

import jakarta.ejb.ApplicationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every rule a request breaks, not just the first: a form then shows all its faults at once instead of one per
 * try. Reads as its first violation where one is expected (the API's error body); {@link #each()} gives all.
 */
@ApplicationException(rollback = true)
public class RuleViolations extends RuleViolation {

    private final transient List<RuleViolation> each;

    private RuleViolations(List<RuleViolation> each) {
        super(each.get(0).field(), each.get(0).messageKey(), each.get(0).arguments());
        this.each = List.copyOf(each);
    }

    public List<RuleViolation> each() {
        return each;
    }

    /** Collects the violations of several checks, then throws them together. */
    public static final class Collector {

        private final List<RuleViolation> found = new ArrayList<>();

        /** Runs a check that answers a value; null when it broke a rule (kept for {@link #throwIfAny()}). */
        public <T> T check(Supplier<T> check) {
            try {
                return check.get();
            } catch (RuleViolations several) {
                found.addAll(several.each());
            } catch (RuleViolation violation) {
                found.add(violation);
            }
            return null;
        }

        public void check(Runnable check) {
            check(() -> {
                check.run();
                return null;
            });
        }

        public void add(RuleViolation violation) {
            found.add(violation);
        }

        /** Throws what was found: one violation as it is, several together. */
        public void throwIfAny() {
            if (found.size() == 1) {
                throw found.get(0);
            }
            if (!found.isEmpty()) {
                throw new RuleViolations(found);
            }
        }
    }
}
