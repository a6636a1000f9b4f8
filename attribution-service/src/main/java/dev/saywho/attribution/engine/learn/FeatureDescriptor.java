package dev.saywho.attribution.engine.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's feature descriptor as its manifest writes it: the component's feature generators in order, each as
 * {@code name(argument)@version} ({@code bias@1 neighbours(2)@1}), space-separated. Components rebuild their generators
 * from the parsed entries and refuse a name or a version they do not generate.
 */
public final class FeatureDescriptor {

    /** One generator of a descriptor; {@code argument} is empty when none is written. */
    public record Entry(String name, String argument, int version) {

        /** The entry as written: {@code name(argument)@version}. */
        @Override
        public String toString() {
            return name + (argument.isEmpty() ? "" : "(" + argument + ")") + "@" + version;
        }
    }

    private FeatureDescriptor() {}

    /** The entries of a descriptor; a bad one is refused with an {@link IllegalArgumentException} naming it. */
    public static List<Entry> parse(String descriptor) {
        List<Entry> out = new ArrayList<>();
        for (String entry : descriptor.strip().split(" +", -1)) {
            int at = entry.lastIndexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("feature generator without a version: '" + entry + "'");
            }
            String head = entry.substring(0, at);
            int version;
            try {
                version = Integer.parseInt(entry.substring(at + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad version in '" + entry + "'", e);
            }
            String name = head;
            String argument = "";
            int open = head.indexOf('(');
            if (open >= 0) {
                if (!head.endsWith(")")) {
                    throw new IllegalArgumentException("bad argument in '" + entry + "'");
                }
                name = head.substring(0, open);
                argument = head.substring(open + 1, head.length() - 1);
            }
            out.add(new Entry(name, argument, version));
        }
        return out;
    }

    /**
     * The generators a descriptor names, built from {@code known} by name, for a component whose generators take no
     * argument; refuses a name this code does not know, an argument, or a version other than the one {@code
     * version} says this code generates.
     */
    public static <G> List<G> argumentless(
            String descriptor,
            java.util.Map<String, java.util.function.Supplier<G>> known,
            java.util.function.ToIntFunction<G> version) {
        List<G> out = new ArrayList<>();
        for (Entry d : parse(descriptor)) {
            java.util.function.Supplier<G> make = known.get(d.name());
            if (make == null) {
                throw new IllegalArgumentException("unknown feature generator '" + d.name() + "' (this code knows "
                        + known.keySet().stream().sorted().toList() + ")");
            }
            if (!d.argument().isEmpty()) {
                throw new IllegalArgumentException(d.name() + " takes no argument: '" + d + "'");
            }
            G g = make.get();
            int generated = version.applyAsInt(g);
            if (generated != d.version()) {
                throw new IllegalArgumentException("the model was trained with feature generator " + d
                        + " but this code generates " + d.name() + "@" + generated + ": retrain the model");
            }
            out.add(g);
        }
        return out;
    }

    /**
     * The salts of a component's generators, in order: each the hash of its name, so two generators can use the same
     * small feature keys without colliding. A name listed twice is refused.
     */
    public static long[] salts(List<String> names) {
        long[] salts = new long[names.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int g = 0; g < names.size(); g++) {
            if (!seen.add(names.get(g))) {
                throw new IllegalArgumentException("feature generator listed twice: " + names.get(g));
            }
            salts[g] = Hashing.of(names.get(g));
        }
        return salts;
    }
}
