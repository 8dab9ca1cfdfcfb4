/**
 * Deliberately broken code: each class violates one architecture rule, so that the architecture
 * test can prove the rule fires. Never imitate.
 */
package fr.vigie.archfixture;
