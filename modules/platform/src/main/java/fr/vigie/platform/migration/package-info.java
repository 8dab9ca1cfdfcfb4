/** Database migrations: every module's schema is migrated by Flyway when the application starts. */
package fr.vigie.platform.migration;
