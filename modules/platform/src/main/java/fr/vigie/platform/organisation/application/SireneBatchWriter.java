package fr.vigie.platform.organisation.application;

import java.util.List;
import java.util.Set;

/** Stores one batch of units (insert new SIRENs, update changed ones, leave equal ones alone). */
@FunctionalInterface
public interface SireneBatchWriter {
    /**
     * How many units of a batch were inserted and updated (the rest were already up to date), and the
     * directory ids of the updated ones, whose cases elsewhere may show their name.
     */
    record Written(int inserted, int updated, Set<Long> updatedIds) {
        public Written {
            updatedIds = Set.copyOf(updatedIds);
        }

        public Written(int inserted, int updated) {
            this(inserted, updated, Set.of());
        }
    }

    Written write(List<SireneUnit> batch);
}
