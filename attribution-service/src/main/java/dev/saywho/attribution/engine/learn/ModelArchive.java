package dev.saywho.attribution.engine.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file of a learned component's model: a gzip stream of a magic number, then, for a component that has one, a
 * length-prefixed {@link ModelManifest}, then the component's payload (for a linear component, its weights last).
 * Loads a model from the classpath or from a path and writes it, the same bytes for the same model. Each component
 * brings its own magic number, name and payload; refusals name the component.
 */
public final class ModelArchive {

    /** File name of a model in a directory. */
    public static final String FILE_NAME = "model.bin.gz";
    /** The longest manifest a model file may hold, in UTF-8 bytes. */
    static final int MAX_MANIFEST_BYTES = 1 << 20;

    private static final int BUFFER = 1 << 16;

    private final int magic;
    private final String name;
    private final String notOne;

    /**
     * A component's model file.
     *
     * @param magic the first four bytes inside the gzip stream
     * @param name what the component's model is called in messages ({@code coreference model})
     * @param notOne the refusal of a file whose magic number is another's
     */
    public ModelArchive(int magic, String name, String notOne) {
        this.magic = magic;
        this.name = name;
        this.notOne = notOne;
    }

    /** Reads a model from an input stream (the whole file). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream raw) throws IOException;
    }

    /** Writes a model, or the payload of one, to a stream. */
    @FunctionalInterface
    public interface Writer<S> {
        void write(S out) throws IOException;
    }

    /** Loads the model at {@code resource} on the classpath; a missing or unreadable model fails the start. */
    public <T> T load(String resource, Reader<T> reader) {
        return loadResource(resource, name, reader);
    }

    /**
     * Loads the file at {@code resource} on the classpath with {@code reader}, for a component whose model is called
     * {@code name} in messages; a missing or unreadable file fails the start.
     */
    public static <T> T loadResource(String resource, String name, Reader<T> reader) {
        InputStream in = ModelArchive.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + name + " on the classpath at " + resource);
        }
        try (in) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + name + " " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model from a directory holding {@value #FILE_NAME}, or from that file itself. */
    public static <T> T load(Path path, Reader<T> reader) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        }
    }

    /** Writes a model into {@code dir} as {@value #FILE_NAME}, creating the directory. */
    public static void save(Path dir, Writer<OutputStream> writer) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILE_NAME))) {
            writer.write(out);
        }
    }

    /** Opens a model file: unzips it and checks its magic number; what follows is the manifest or the payload. */
    public DataInputStream open(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER));
        if (in.readInt() != magic) {
            throw new IOException(notOne);
        }
        return in;
    }

    /**
     * Reads the manifest that follows the magic number. A bad length is an {@link IOException}; a manifest that does
     * not parse, an {@link IllegalArgumentException}, which the component refuses as it refuses what the manifest
     * says.
     */
    public static ModelManifest readManifest(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_MANIFEST_BYTES) {
            throw new IOException("bad manifest length " + length);
        }
        byte[] text = new byte[length];
        in.readFully(text);
        return ModelManifest.parse(new String(text, StandardCharsets.UTF_8));
    }

    /** The refusal of a model for what its manifest says. */
    public IOException refused(IllegalArgumentException e) {
        return new IOException("refused " + name + ": " + e.getMessage(), e);
    }

    /**
     * Reads the weights that end a model file and checks them against what the manifest says: {@code classes}
     * classes, {@code bits} bits, and nothing after them.
     */
    public LinearModel readWeights(DataInputStream in, int classes, int bits) throws IOException {
        LinearModel weights = readMoreWeights(in, classes, bits);
        if (in.read() != -1) {
            throw new IOException("refused " + name + ": bytes after the weights");
        }
        return weights;
    }

    /**
     * Reads weights that more of the payload follows (a component with two linear models) and checks them against
     * what the manifest says: {@code classes} classes and {@code bits} bits.
     */
    public LinearModel readMoreWeights(DataInputStream in, int classes, int bits) throws IOException {
        LinearModel weights = LinearModel.read(in);
        if (weights.classes() != classes || weights.bits() != bits) {
            throw new IOException("refused " + name + ": the weights have " + weights.classes() + " classes and "
                    + weights.bits() + " bits, the manifest says " + classes + " and " + bits);
        }
        return weights;
    }

    /** Writes a model file without a manifest: the magic number, then the payload. */
    public void write(OutputStream raw, Writer<DataOutputStream> payload) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, BUFFER);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, BUFFER));
        out.writeInt(magic);
        payload.write(out);
        out.flush();
        gz.finish();
    }

    /** Writes a model file: the magic number, the manifest, then the payload. */
    public void write(OutputStream raw, ModelManifest manifest, Writer<DataOutputStream> payload) throws IOException {
        write(raw, out -> {
            byte[] text = manifest.text().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            payload.write(out);
        });
    }
}
