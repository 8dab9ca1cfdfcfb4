/** Recording reads, raising volume alerts, purging past entries and the auditor's queries. */
package fr.vigie.platform.access.application;
