/** Generator and query benchmark of the inspection screens (list and file) over 50,000 inspections. */
package fr.vigie.bench.inspections;
