/**
 * The platform's SMTP sending ({@link fr.vigie.platform.api.mail.Mailer}), with the same
 * {@code vigie.mail.*} settings; used by the clock notices ({@code fr.vigie.platform.clock.application.ClockMail}) and the committee.
 */
package fr.vigie.platform.mail.application;
