/**
 * E-mail to Vigie's users through the platform's SMTP settings ({@code vigie.mail.*}), for
 * modules that tell people something by mail as well as in the application (e.g. the committee's
 * convening of its members). The in-application notification stays the reference: mail is off by
 * default and a mail failure never undoes the caller's work.
 */
package fr.vigie.platform.api.mail;
