/** The read-access log's rules: how long entries are kept, when a volume of reads is unusual. */
package fr.vigie.platform.access.domain;
