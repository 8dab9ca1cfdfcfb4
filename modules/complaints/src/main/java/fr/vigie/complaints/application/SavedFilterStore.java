package fr.vigie.complaints.application;

import java.util.List;

/**
 * A person's saved work-list filters; implemented in persistence.
 */
public interface SavedFilterStore {
    /** One stored filter. */
    record Row(long id, String name, String query) {}

    List<Row> of(String owner);

    /** Saves under the name, replacing the owner's filter of the same name; returns its id. */
    long save(String owner, String name, String query);

    /** Deletes one of the owner's filters (another user's id deletes nothing). */
    boolean delete(String owner, long id);
}
