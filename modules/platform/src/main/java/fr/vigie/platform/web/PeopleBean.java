package fr.vigie.platform.web;

import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * People by their name on the pages: case files record who acted by username (the stable key of
 * the audit trail), but a reader recognises « Camille Martin », not « handler ». A name unknown to
 * the accounts (the system task, a removed account) is shown as recorded. One query per request,
 * whatever the number of names on the page.
 */
@Named("people")
@RequestScoped
public class PeopleBean {
    @Inject
    UserAccountRepository accounts;

    private Map<String, String> names;

    /** The display name of {@code username}; the username itself when no account has it; empty for null. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (names == null) {
            names = accounts.findAll().stream()
                    .collect(Collectors.toMap(UserAccount::username, UserAccount::displayName, (a, b) -> a));
        }
        return names.getOrDefault(username, username);
    }

    /**
     * A hand-over recorded as usernames ({@code handler → instructor2}) written with the people's
     * names; a part that is not a known account is left as recorded.
     */
    public String handOver(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "";
        }
        return Arrays.stream(recorded.split("→", -1))
                .map(String::strip)
                .map(part -> part.isEmpty() ? part : name(part))
                .collect(Collectors.joining(" → "));
    }
}
