package org.totmon.pipeline.claim;

/**
 * A number found in a sentence: tokens [from, to) of the sentence's token list, its value (and upper bound for a
 * range), whether it is a percentage, and how it was written, which decides whether it can be a claim at all.
 *
 * @param bareOne         the word "one" alone, mostly an article ("one man"), a claim only with a qualifier
 * @param needsQualifier  a plural scale word alone ("тисячі"), vague unless a qualifier makes it a genitive singular
 * @param plainInteger    written as digits without separators or decimals, so it may be a year or a code
 * @param vague           a scale after a vague word ("several hundred")
 */
public record Quantity(int from, int to, double value, Double valueMax, boolean percent, boolean bareOne,
                boolean needsQualifier, boolean plainInteger, boolean vague) {
}
