package dev.saywho.attribution.engine.coref;

/** The kinds of anaphor the linker ranks antecedents for, and reports its accuracy by. */
public enum AnaphorClass {
    /** he, him, his, himself, she, her, hers, herself. */
    HE_SHE,
    /** it, its, itself. */
    IT,
    /** they, them, their, theirs, themselves. */
    THEY,
    /** A definite description: a nominal mention opened by the, this, that, these or those. */
    NOMINAL
}
