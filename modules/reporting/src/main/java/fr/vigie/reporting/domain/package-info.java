/**
 * The rules of the reports, free of any framework: the filter, the age bands of the backlog and the
 * breach forecast's arithmetic (empirical distributions of stage lengths, convolved).
 */
package fr.vigie.reporting.domain;
