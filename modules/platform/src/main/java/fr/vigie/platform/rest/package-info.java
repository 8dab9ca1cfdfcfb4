/**
 * The REST API's shared parts: the JAX-RS application under /api, and RFC 9457 problem
 * documents for every error, naming the field in error where there is one.
 */
package fr.vigie.platform.rest;
