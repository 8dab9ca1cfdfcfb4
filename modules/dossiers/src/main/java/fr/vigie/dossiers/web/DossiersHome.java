package fr.vigie.dossiers.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The research dossiers on an instructor's home page: applications to check and their own, next deadline first. */
@ApplicationScoped
public class DossiersHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(new HomeWidget("dossiers", "/dossiers/home-widget.xhtml", Set.of(Role.DOSSIER_INSTRUCTOR), 50));
    }
}
