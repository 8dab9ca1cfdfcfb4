/**
 * The role-based main menu. Each module contributes its entries by implementing
 * {@link fr.vigie.platform.api.web.MenuContribution} as a CDI bean; the menu shows an entry only
 * to users holding one of its roles, so the menu never offers a page the server would refuse.
 */
package fr.vigie.platform.web.menu;
