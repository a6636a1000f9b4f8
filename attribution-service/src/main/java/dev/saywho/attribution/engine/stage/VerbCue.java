package dev.saywho.attribution.engine.stage;

import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;

/**
 * A speech verb the surface rules read at token {@code token}: its lower-cased form, the class of content it takes, and
 * whether it is unlisted (a verb in a trailing or inverted cue's position that reports only the quote before it).
 */
record VerbCue(int token, String lower, VerbClass verbClass, boolean unlisted) {}
