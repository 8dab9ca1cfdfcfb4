/** Generator and query benchmark of the sanctions list over 10,000 sanction cases and their formal notices. */
package fr.vigie.bench.sanctions;
