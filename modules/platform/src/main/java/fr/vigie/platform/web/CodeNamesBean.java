package fr.vigie.platform.web;

import fr.vigie.platform.api.web.CodeNameContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * {@code #{codeNames.of(module, kind, code)}}: the name a module gives to one of its codes, in the
 * page's language; the code itself when the module names none (so a missing name shows, and the
 * browser tests' writing check reports it).
 */
@Named("codeNames")
@ApplicationScoped
public class CodeNamesBean {
    @Inject
    @Any
    Instance<CodeNameContribution> contributions;

    public String of(String module, String kind, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return named(module, kind, code).orElse(code);
    }

    /**
     * An audit entry's action by its name: the module that recorded it names it, or the platform
     * when the platform recorded it on the module's case (a document, a deadline).
     */
    public String action(String module, String action) {
        if (action == null || action.isEmpty()) {
            return "";
        }
        return named(module, "action", action)
                .or(() -> named(PlatformCodeNames.MODULE, "action", action))
                .orElse(action);
    }

    /** A module's name for people (« Plaintes »), as the module or the platform gives it. */
    public String module(String module) {
        if (module == null || module.isEmpty()) {
            return "";
        }
        return named(module, "module", module)
                .or(() -> named(PlatformCodeNames.MODULE, "module", module))
                .orElse(module);
    }

    private Optional<String> named(String module, String kind, String code) {
        return contributions.stream()
                .filter(c -> c.module().equals(module))
                .map(c -> c.name(kind, code, DatesBean.locale()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
