package fr.vigie.committee.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The data-access committee on the home page: one panel per committee role the user holds (the
 * facelet renders each conditionally) — a member's reviews and votes, the chair's deadlines and
 * sessions, the secretary's sessions to prepare and dossiers to put on an agenda.
 */
@ApplicationScoped
public class CommitteeHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(new HomeWidget(
                "committee",
                "/committee/home-widget.xhtml",
                Set.of(Role.DAC_MEMBER, Role.DAC_CHAIR, Role.DAC_SECRETARY),
                60));
    }
}
