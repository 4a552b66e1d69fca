package io.callqa.cli;

import io.callqa.transcribe.ModelDownloader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** {@code callqa model download NAME --sha256 HEX [--cache DIR] [--url URL]}: fetch an official Vosk Chinese model. */
final class ModelCommand {
    static final Set<String> VALUED = Set.of("sha256", "cache", "url");

    private ModelCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        if (a.positional.size() != 2 || !a.positional.get(0).equals("download")) {
            throw new Args.UsageException("model download NAME --sha256 HEX; NAME is one of " + ModelDownloader.OFFICIAL.keySet());
        }
        String name = a.positional.get(1);
        String url = a.get("url", ModelDownloader.OFFICIAL.get(name));
        if (url == null) throw new Args.UsageException("unknown model " + name + "; known: " + ModelDownloader.OFFICIAL.keySet() + " (or give --url)");
        Path cache = Path.of(a.get("cache", System.getProperty("user.home") + "/.cache/callqa/models"));
        Path model = new ModelDownloader(out).download(name, URI.create(url), a.get("sha256", null), cache);
        out.println("使用方法 use it: --vosk-model " + model + "  (or CALLQA_VOSK_MODEL=" + model + ")");
        return 0;
    }
}
