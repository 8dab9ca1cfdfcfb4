/** Vigie's own retention schedule, legal holds and people's requests about their data (issue 20). */
package fr.vigie.it.retention;
