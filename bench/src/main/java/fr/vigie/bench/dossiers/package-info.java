/**
 * The dossiers data generator ({@link fr.vigie.bench.dossiers.DossierDataGenerator}, reusable by the
 * reporting benchmarks) and the benchmark of the dossier screens' queries
 * ({@link fr.vigie.bench.dossiers.DossierQueryBenchmark}).
 */
package fr.vigie.bench.dossiers;
