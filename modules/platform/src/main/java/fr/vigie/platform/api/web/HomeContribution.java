package fr.vigie.platform.api.web;

import java.util.List;

/**
 * Extension point of the home page: a module shows each role its work (cases to handle, deadlines
 * of the week, acts to sign) by providing an {@code @ApplicationScoped} bean implementing this
 * interface. The facelets it names are included in the dashboard for the users holding their roles.
 */
public interface HomeContribution {
    List<HomeWidget> widgets();
}
