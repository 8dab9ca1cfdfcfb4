/** The retention schedule's batches over the million-complaint data set (issue 20). */
package fr.vigie.bench.retention;
