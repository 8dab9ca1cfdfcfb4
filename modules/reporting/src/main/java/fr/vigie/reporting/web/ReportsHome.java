package fr.vigie.reporting.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The manager's home panel: the legal clocks' headline figures per area, and the way to the reports. */
@ApplicationScoped
public class ReportsHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(new HomeWidget("reports", "/reports/home-widget.xhtml", Set.of(Role.MANAGER), 10));
    }
}
