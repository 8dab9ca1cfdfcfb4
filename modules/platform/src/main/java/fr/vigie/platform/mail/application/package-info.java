/**
 * The platform's SMTP sending ({@link fr.vigie.platform.api.mail.Mailer}), with the same
 * {@code vigie.mail.*} settings as the clock notices of {@code fr.vigie.platform.clock.application.ClockMail}.
 */
package fr.vigie.platform.mail.application;
