/** Administrator screens of the platform: user accounts and their roles. */
package fr.vigie.platform.web.admin;
