/** The schedule's rules and legal holds, without persistence. */
package fr.vigie.platform.retention.domain;
