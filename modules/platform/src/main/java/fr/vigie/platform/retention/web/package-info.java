/** The administrator's retention and data-subject request screens. */
package fr.vigie.platform.retention.web;
