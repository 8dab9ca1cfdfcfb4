/** Administration of the schedule and holds, the retention task, its dry run, data-subject requests. */
package fr.vigie.platform.retention.application;
