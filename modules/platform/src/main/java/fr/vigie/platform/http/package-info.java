/** HTTP concerns shared by pages and the API: request ids for the logs, security headers. */
package fr.vigie.platform.http;
