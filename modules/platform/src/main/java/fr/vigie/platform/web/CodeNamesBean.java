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
        return contributions.stream()
                .filter(c -> c.module().equals(module))
                .map(c -> c.name(kind, code, DatesBean.locale()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(code);
    }
}
