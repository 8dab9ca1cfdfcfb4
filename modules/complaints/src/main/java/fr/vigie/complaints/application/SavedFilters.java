package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Each user's saved work-list filters. A user sees and changes only their own: the owner is always
 * the caller, never a parameter.
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class SavedFilters {
    static final int MAX_NAME = 100;
    static final int MAX_QUERY = 2000;

    @Inject
    SavedFilterStore store;

    @Inject
    CurrentUser currentUser;

    public List<SavedFilter> mine() {
        return store.of(currentUser.username()).stream()
                .map(r -> new SavedFilter(r.id(), r.name(), WorklistFilterCodec.decode(r.query())))
                .toList();
    }

    /** Saves the filter under a name (an existing filter of that name is replaced). */
    public long save(String name, WorklistFilter filter) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw ComplaintException.onField("filterName", "savedFilter.name.required");
        }
        if (label.length() > MAX_NAME) {
            throw ComplaintException.onField("filterName", "text.tooLong", MAX_NAME);
        }
        String query = WorklistFilterCodec.encode(filter == null ? WorklistFilter.none() : filter);
        if (query.length() > MAX_QUERY) {
            throw ComplaintException.onField("filterName", "savedFilter.tooLong", MAX_QUERY);
        }
        return store.save(currentUser.username(), label, query);
    }

    public void delete(long id) {
        store.delete(currentUser.username(), id);
    }
}
