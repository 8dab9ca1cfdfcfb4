/**
 * The platform's Faces layer: the page shell (language, menu, notifications), login and
 * logout, the home dashboard and the helpers every module's backing beans share
 * ({@link fr.vigie.platform.web.FacesMessages}, {@link fr.vigie.platform.api.web.MenuContribution}).
 * Backing beans talk to application services only; they never touch entities or persistence.
 */
package fr.vigie.platform.web;
