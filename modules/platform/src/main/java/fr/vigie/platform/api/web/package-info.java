/** What business modules contribute to the shared user interface (menu entries). */
package fr.vigie.platform.api.web;
