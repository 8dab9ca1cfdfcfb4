/**
 * The data-access committee (today's CESREES; the EHDS health data access body's committee): referred
 * dossiers, sessions and agendas, rapporteurs, declarations of interest and recusal, votes, reasoned
 * opinions and minutes. Other modules use only {@link fr.vigie.committee.api}.
 */
package fr.vigie.committee;
