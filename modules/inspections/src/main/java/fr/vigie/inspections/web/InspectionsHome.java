package fr.vigie.inspections.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The inspections' panels on the home page: the programme for the head, their inspections for inspectors, mission orders for the president. */
@ApplicationScoped
public class InspectionsHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(
                new HomeWidget(
                        "inspections-head", "/inspections/home-head.xhtml", Set.of(Role.HEAD_OF_INSPECTIONS), 30),
                new HomeWidget(
                        "inspections-inspector", "/inspections/home-inspector.xhtml", Set.of(Role.INSPECTOR), 31),
                new HomeWidget(
                        "inspections-president", "/inspections/home-president.xhtml", Set.of(Role.PRESIDENT), 32));
    }
}
