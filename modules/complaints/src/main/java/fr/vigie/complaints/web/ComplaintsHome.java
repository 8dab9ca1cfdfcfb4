package fr.vigie.complaints.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The complaints on a handler's home page: complaints to qualify and their own, Art. 78(2) deadline first. */
@ApplicationScoped
public class ComplaintsHome implements HomeContribution {
    @Override
    public List<HomeWidget> widgets() {
        return List.of(
                new HomeWidget("complaints", "/complaints/home-widget.xhtml", Set.of(Role.COMPLAINT_HANDLER), 20));
    }
}
