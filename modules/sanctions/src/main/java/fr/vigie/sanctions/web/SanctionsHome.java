package fr.vigie.sanctions.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The sanctions work on the home page of the president, rapporteurs and the committee. */
@ApplicationScoped
public class SanctionsHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(new HomeWidget(
                "sanctions",
                "/sanctions/home-widget.xhtml",
                Set.of(Role.PRESIDENT, Role.RAPPORTEUR, Role.SANCTIONS_MEMBER, Role.SANCTIONS_CHAIR),
                40));
    }
}
