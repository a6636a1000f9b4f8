package dev.saywho.attribution.engine.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The command line of a learned component's trainer or evaluator: positional arguments (directories, files, a model
 * or {@value #CLASSPATH}) and {@code --name value} options and {@code --name} flags, in any order. Each tool says which
 * options it takes and their defaults; an unknown option, or one without its value, is refused.
 */
public final class CommandLine {

    /** The model argument that means the model shipped on the classpath. */
    public static final String CLASSPATH = "classpath";

    private final List<String> positional;
    private final Map<String, String> options;
    private final Set<String> flags;

    private CommandLine(List<String> positional, Map<String, String> options, Set<String> flags) {
        this.positional = positional;
        this.options = options;
        this.flags = flags;
    }

    /** Loads a model from a directory or a file. */
    @FunctionalInterface
    public interface PathLoader<T> {
        T load(Path path) throws IOException;
    }

    /**
     * Reads {@code args}. With fewer than {@code minPositional} positional arguments, prints {@code usage} to standard
     * error and exits with status 2; more than {@code maxPositional}, an option not among {@code options} or {@code
     * flags}, or an option without its value throws {@link IllegalArgumentException}.
     */
    public static CommandLine parse(
            String[] args, String usage, int minPositional, int maxPositional, Set<String> options, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Set<String> set = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flags.contains(a)) {
                set.add(a);
            } else if (options.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                values.put(a, args[++i]);
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                positional.add(a);
            }
        }
        if (positional.size() < minPositional) {
            System.err.println(usage);
            System.exit(2);
        }
        if (positional.size() > maxPositional) {
            throw new IllegalArgumentException("unexpected argument " + positional.get(maxPositional));
        }
        return new CommandLine(List.copyOf(positional), Map.copyOf(values), Set.copyOf(set));
    }

    /** The positional arguments, in order. */
    public List<String> positional() {
        return positional;
    }

    /** Positional argument {@code index} as a path. */
    public Path path(int index) {
        return Path.of(positional.get(index));
    }

    /**
     * The model positional argument {@code index} names: {@value #CLASSPATH} for the shipped one, else a directory
     * holding a model file, or the file.
     */
    public <T> T model(int index, Supplier<T> shipped, PathLoader<T> fromPath) throws IOException {
        String where = positional.get(index);
        return where.equals(CLASSPATH) ? shipped.get() : fromPath.load(Path.of(where));
    }

    /** Whether flag {@code name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The value of option {@code name}, or {@code otherwise}. */
    public String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    public long option(String name, long otherwise) {
        String v = options.get(name);
        return v == null ? otherwise : Long.parseLong(v);
    }

    public int option(String name, int otherwise) {
        String v = options.get(name);
        return v == null ? otherwise : Integer.parseInt(v);
    }

    public float option(String name, float otherwise) {
        String v = options.get(name);
        return v == null ? otherwise : Float.parseFloat(v);
    }

    /** The value of option {@code name} as {@link Boolean#parseBoolean} reads it, or {@code otherwise}. */
    public boolean option(String name, boolean otherwise) {
        String v = options.get(name);
        return v == null ? otherwise : Boolean.parseBoolean(v);
    }
}
