package org.casualtyclaims.extraction;

/**
 * Who a sentence says made its statement.
 *
 * @param mention the speaker as the sentence names it ("he", "the ministry", "Zelensky")
 * @param verb index of the speech verb ("said", "told", "according")
 * @param strong whether the verb reports speech ("said") rather than belief ("believes")
 */
record Attribution(String mention, int verb, boolean strong) {
}
