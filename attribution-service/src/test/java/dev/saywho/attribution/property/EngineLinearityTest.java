package dev.saywho.attribution.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.sun.management.ThreadMXBean;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;

/**
 * Twice the text costs the engine about twice the work, on the shapes of text that make a careless pass quadratic:
 * quotation marks that never close, one mark and a long text after it, marks without partners, a paragraph without a
 * sentence end. Work is measured as the bytes the engine allocates on its thread (as the JVM counts them), which does
 * not depend on the machine's load; no time is asserted.
 */
class EngineLinearityTest {

    private static final int SIZE = 100_000;
    /** Linear work doubles with the text and quadratic work quadruples; the margin covers fixed costs. */
    private static final double MAX_GROWTH = 2.5;

    @SuppressWarnings("ImmutableEnumChecker") // the generators are stateless lambdas
    enum Shape {
        UNCLOSED_CURLY_MARKS_IN_ONE_PARAGRAPH(n -> fill("“We will not pay, said Mayor Ilse Varga. ", n)),
        UNCLOSED_STRAIGHT_MARKS_IN_ONE_PARAGRAPH(n -> fill("\"Start of a quote. ", n)),
        UNCLOSED_CURLY_MARKS_OPENING_EVERY_LINE(n -> fill("“Start of a quote…\n", n)),
        UNCLOSED_STRAIGHT_MARKS_OPENING_EVERY_PARAGRAPH(n -> fill("\"Start of a quote.\n\n", n)),
        ONE_MARK_THEN_SENTENCES(n -> "“" + fill("The mayor said the ferry would run on Sunday. ", n - 1)),
        ONE_MARK_THEN_PARAGRAPHS(n -> "“" + fill("The mayor said the ferry would run on Sunday.\n\n", n - 1)),
        UNMATCHED_SINGLE_MARKS_AND_GUILLEMETS(n -> fill("‘word « more words ’ said Bo » then ", n)),
        PARAGRAPH_WITHOUT_SENTENCE_ENDS(n -> fill("the mayor said that the ferry would run ", n));

        private final IntFunction<String> text;

        Shape(IntFunction<String> text) {
            this.text = text;
        }
    }

    private static AttributionEngine engine;
    private static ThreadMXBean threads;

    @BeforeAll
    static void createEngine() {
        engine = AttributionEngine.create(EngineOptions.defaults());
        threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void twiceTheTextIsAboutTwiceTheWork(Shape shape) {
        assumeTrue(
                threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count the bytes a thread allocates");
        long once = work(shape.text.apply(SIZE));
        long twice = work(shape.text.apply(2 * SIZE));
        assertThat((double) twice / once)
                .as("%s: %,d bytes allocated for %,d characters, %,d for %,d", shape, once, SIZE, twice, 2 * SIZE)
                .isLessThanOrEqualTo(MAX_GROWTH);
    }

    /** The fewest bytes allocated by two runs after a first that loads and compiles what the text needs. */
    private static long work(String text) {
        engine.attribute(text);
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            engine.attribute(text);
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return fewest;
    }

    private static String fill(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
