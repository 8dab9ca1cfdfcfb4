package fr.vigie.platform.organisation.application;

import java.util.List;

/** Stores one batch of units (insert new SIRENs, update changed ones, leave equal ones alone). */
@FunctionalInterface
public interface SireneBatchWriter {
    /** How many units of a batch were inserted and updated; the rest were already up to date. */
    record Written(int inserted, int updated) {}

    Written write(List<SireneUnit> batch);
}
