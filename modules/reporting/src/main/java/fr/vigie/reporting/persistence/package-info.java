/**
 * The reports' SQL, on the reporting snapshot ({@code reporting.*} tables rebuilt from the modules'
 * published views): aggregates, percentiles and paged lists computed by PostgreSQL. One query class
 * per report ({@code Sql*Queries}, implementing the application's query ports), the filter they share
 * written once ({@link fr.vigie.reporting.persistence.FactFilter}). Plain JDBC on a given connection,
 * so that the report benchmark runs exactly the code the server runs.
 */
package fr.vigie.reporting.persistence;
