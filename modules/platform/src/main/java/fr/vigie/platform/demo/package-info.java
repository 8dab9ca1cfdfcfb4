/**
 * Demo accounts and data, created only when {@code vigie.demo.enabled=true} (the dev and test
 * profiles in config/). A production configuration never turns it on.
 */
package fr.vigie.platform.demo;
