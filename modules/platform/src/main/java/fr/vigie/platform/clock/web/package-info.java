/**
 * Screens of the legal clocks: the deadline calculator, the timeline component's backing bean
 * ({@code vigie:clockTimeline}), a case's clocks, and the administration of the holiday
 * calendar and of the policy catalogue; plus the menu entries. Texts come from bundle
 * {@code fr.vigie.platform.i18n.clocks}.
 */
package fr.vigie.platform.clock.web;
