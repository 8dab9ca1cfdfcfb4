package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each user's named filters of the inspection list, kept as a query string of the list's filters. */
@Stateless
@RolesAllowed({Roles.HEAD_OF_INSPECTIONS, Roles.INSPECTOR, Roles.PRESIDENT, Roles.MANAGER})
public class InspectionSavedFilters {
    static final int MAX_NAME = 100;

    /** A saved filter of the current user. */
    public record Saved(long id, String name, InspectionFilter filter) {}

    /** Where saved filters are kept (implemented in {@code persistence}). */
    public interface Store {
        /** A stored row: id, name and query string. */
        record Row(long id, String name, String query) {}

        List<Row> of(String owner);

        void save(String owner, String name, String query);

        void delete(String owner, long id);
    }

    @Inject
    Store store;

    @Inject
    CurrentUser currentUser;

    public List<Saved> mine() {
        return store.of(currentUser.username()).stream()
                .map(r -> new Saved(r.id(), r.name(), decode(r.query())))
                .toList();
    }

    /** Saves (or replaces) the filter under {@code name}. */
    public void save(String name, InspectionFilter filter) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw InspectionException.onField("filterName", "value.required");
        }
        if (n.length() > MAX_NAME) {
            throw InspectionException.onField("filterName", "text.tooLong", MAX_NAME);
        }
        store.save(currentUser.username(), n, encode(filter));
    }

    public void delete(long id) {
        store.delete(currentUser.username(), id);
    }

    static String encode(InspectionFilter f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("theme", f.theme());
        values.put("type", f.type());
        values.put("status", f.status());
        values.put("organisation", f.organisation());
        values.put("inspector", f.inspector());
        values.put("year", f.year());
        values.put("quarter", f.quarter());
        values.put("origin", f.origin());
        StringBuilder query = new StringBuilder();
        values.forEach((k, v) -> {
            if (v != null) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    static InspectionFilter decode(String query) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                v.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new InspectionFilter(
                v.get("theme"),
                v.get("type"),
                v.get("status"),
                v.get("organisation"),
                v.get("inspector"),
                number(v.get("year")),
                number(v.get("quarter")),
                v.get("origin"));
    }

    private static Integer number(String text) {
        return text == null || !text.matches("[0-9]{1,4}") ? null : Integer.valueOf(text);
    }
}
