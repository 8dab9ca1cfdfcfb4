/** The SIRENE stock import benchmark: a generated file of a million legal units, imported twice. */
package fr.vigie.bench.organisations;
