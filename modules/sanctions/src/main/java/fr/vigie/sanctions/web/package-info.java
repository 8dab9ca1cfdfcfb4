/** Backing beans of the sanctions pages (pages under META-INF/resources/sanctions and public/sanctions.xhtml). */
package fr.vigie.sanctions.web;
