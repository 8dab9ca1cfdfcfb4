/**
 * The complaint screens' backing beans (pages under {@code META-INF/resources/complaints}): the
 * work list, intake, and a complaint's file with the actions the current role may take. Beans
 * are view-scoped and talk to the application services only.
 */
package fr.vigie.complaints.web;
